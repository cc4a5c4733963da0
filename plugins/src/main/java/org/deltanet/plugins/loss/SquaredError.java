package org.deltanet.plugins.loss;

import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;

/**
 * {@code squared-error}: per example {@code L = 1/2 sum_j (y_j - o_j)^2}, gradient
 * {@code dL/do_j = o_j - y_j}; J is the mean of L over the rows.
 *
 * <p>After {@code identity} (a = z) the output delta is the gradient itself, {@code a - y}; this
 * loss declares that shortcut.
 */
public final class SquaredError extends ConfiguredPlugin<Loss> implements Loss {

    private final Optional<OutputShortcut> afterIdentity = Optional.of(new OutputShortcut() {
        @Override
        public void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
            Shortcuts.outputMinusTarget(a, target, delta, rows, cols);
        }

        @Override
        public double value(double[] z, double[] a, double[] target, int rows, int cols) {
            return SquaredError.this.value(a, target, rows, cols);
        }
    });

    public SquaredError() {
        super("squared-error", "1/2 sum (y - o)^2");
    }

    @Override
    public double value(double[] output, double[] target, int rows, int cols) {
        int n = rows * cols;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double difference = output[i] - target[i];
            sum += difference * difference;
        }
        return 0.5 * sum / rows;
    }

    @Override
    public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
        Shortcuts.outputMinusTarget(output, target, gradient, rows, cols);
    }

    /** delta = a - y after a parameterless {@code identity}. */
    @Override
    public Optional<OutputShortcut> shortcutFor(Activation outputActivation) {
        return Shortcuts.isParameterless(outputActivation, "identity") ? afterIdentity : Optional.empty();
    }
}
