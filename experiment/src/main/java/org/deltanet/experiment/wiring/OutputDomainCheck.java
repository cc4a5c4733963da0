package org.deltanet.experiment.wiring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.ValueDomain;

/**
 * Whether a loss can work after an output layer: its activation is tried on a few net inputs and
 * its outputs compared with the {@link Loss#outputDomain() domain the loss declares}. A loss that
 * declares {@link ValueDomain#REAL} accepts any outputs; a distribution loss (cross-entropy) needs
 * rows that are non-negative and sum to 1 (softmax); a log loss (binary cross-entropy) needs
 * outputs strictly between 0 and 1 (sigmoid). An output that is the same whatever the input
 * (softmax of one unit is always 1) cannot learn under any loss.
 *
 * <p>The probe treats plugins as black boxes, so a plugin activation is judged by what it computes,
 * not by its name.
 */
final class OutputDomainCheck {

    /** Net inputs tried, one row each, within the range where no sane activation saturates. */
    private static final double[] LEVELS = {0, 1, -1, 3, -3, 5, -5};

    private static final double TOLERANCE = 1e-9;

    private OutputDomainCheck() {}

    /**
     * @param activation the output layer's activation
     * @param units      the output layer's units
     * @param layer      where the output layer is, for the message, e.g. {@code model.layers[1]}
     * @return what is wrong, naming what the activation gave, and what would be right; empty if the
     *         loss can work
     */
    static Optional<String> problem(Loss loss, Activation activation, int units, String layer) {
        String name = "'" + activation.name() + "' on the output layer (" + layer + ")";
        int rows = LEVELS.length + 1;
        double[] z = new double[rows * units];
        for (int r = 0; r < LEVELS.length; r++) {
            for (int c = 0; c < units; c++) {
                z[r * units + c] = LEVELS[r];
            }
        }
        for (int c = 0; c < units; c++) {
            z[LEVELS.length * units + c] = c - units / 2.0;
        }
        double[] a = new double[z.length];
        activation.forward(z, a, rows, units);
        if (constant(a)) {
            return Optional.of(name + " with " + units + (units == 1 ? " unit" : " units")
                    + " always outputs " + format(a[0]) + " whatever its input, so nothing can be learnt; for one "
                    + "output use sigmoid (with binary-cross-entropy) or identity (with squared-error), for classes "
                    + "one-hot labels with a softmax unit per class");
        }
        ValueDomain domain = loss.outputDomain();
        for (int r = 0; r < rows; r++) {
            String input = r < LEVELS.length ? "net inputs " + format(LEVELS[r]) : "net inputs 0, 1, 2, ...";
            double sum = 0;
            for (int c = 0; c < units; c++) {
                double value = a[r * units + c];
                sum += value;
                if (!inside(domain, value)) {
                    return Optional.of(needs(loss, domain) + ", but " + name + " gives " + format(value) + " (for "
                            + input + "); " + fix(domain));
                }
            }
            if (domain == ValueDomain.DISTRIBUTION && Math.abs(sum - 1) > TOLERANCE * units) {
                return Optional.of(needs(loss, domain) + ", but the " + units + " outputs of " + name + " sum to "
                        + format(sum) + " (for " + input + "); " + fix(domain));
            }
        }
        return Optional.empty();
    }

    /** What would be right: the output activations each domain wants. */
    private static String fix(ValueDomain domain) {
        return switch (domain) {
            case DISTRIBUTION -> "use activation: softmax on the output layer (one unit per class), or a loss for "
                    + "these outputs (binary-cross-entropy after sigmoid, squared-error after any)";
            case OPEN_UNIT_INTERVAL, UNIT_INTERVAL -> "use activation: sigmoid on the output layer, or a loss for "
                    + "any real output such as squared-error";
            case REAL -> "use an activation with finite outputs";
        };
    }

    private static String needs(Loss loss, ValueDomain domain) {
        String what =
                switch (domain) {
                    case DISTRIBUTION -> "outputs that are a probability distribution (non-negative, summing to 1)";
                    case OPEN_UNIT_INTERVAL -> "outputs strictly between 0 and 1";
                    case UNIT_INTERVAL -> "outputs between 0 and 1";
                    case REAL -> "real outputs";
                };
        return "loss '" + loss.name() + "' needs " + what;
    }

    private static boolean inside(ValueDomain domain, double value) {
        return switch (domain) {
            case REAL -> Double.isFinite(value);
            case OPEN_UNIT_INTERVAL -> value > 0 && value < 1;
            case UNIT_INTERVAL, DISTRIBUTION -> value >= 0 && value <= 1;
        };
    }

    private static boolean constant(double[] values) {
        for (double value : values) {
            if (Math.abs(value - values[0]) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }
}
