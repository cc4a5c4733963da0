package org.deltanet.plugins.loss;

import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.api.ValueDomain;

/**
 * {@code binary-cross-entropy} (log loss) for outputs in (0, 1) and targets in [0, 1]: per example
 * {@code L = -sum_j [y_j log o_j + (1 - y_j) log(1 - o_j)]}, gradient
 * {@code dL/do_j = (o_j - y_j) / (o_j (1 - o_j))}; J is the mean of L over the rows. A term whose
 * weight y_j or 1 - y_j is 0 counts as 0, so hard labels never meet {@code 0 * log 0}.
 *
 * <p>After {@code sigmoid} the output delta is {@code a - y}, and with {@code log a = -softplus(-z)},
 * {@code log(1 - a) = -softplus(z)} the loss becomes {@code L = sum_j softplus(z_j) - y_j z_j},
 * which stays finite when a rounds to 0 or 1; this loss declares that shortcut.
 */
public final class BinaryCrossEntropy extends ConfiguredPlugin<Loss> implements Loss {

    private static final Optional<OutputShortcut> AFTER_SIGMOID = Optional.of(new OutputShortcut() {
        @Override
        public void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
            Shortcuts.outputMinusTarget(a, target, delta, rows, cols);
        }

        @Override
        public double value(double[] z, double[] a, double[] target, int rows, int cols) {
            int n = rows * cols;
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += softplus(z[i]) - target[i] * z[i];
            }
            return sum / rows;
        }
    });

    public BinaryCrossEntropy() {
        super("binary-cross-entropy", "-sum [y log o + (1 - y) log(1 - o)]");
    }

    @Override
    public double value(double[] output, double[] target, int rows, int cols) {
        int n = rows * cols;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double y = target[i];
            if (y != 0.0) {
                sum -= y * Math.log(output[i]);
            }
            if (y != 1.0) {
                sum -= (1.0 - y) * Math.log1p(-output[i]);
            }
        }
        return sum / rows;
    }

    @Override
    public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double o = output[i];
            gradient[i] = (o - target[i]) / (o * (1.0 - o));
        }
    }

    /** delta = a - y after a parameterless {@code sigmoid}; value from z through softplus. */
    @Override
    public Optional<OutputShortcut> shortcutFor(Activation outputActivation) {
        return Shortcuts.isParameterless(outputActivation, "sigmoid") ? AFTER_SIGMOID : Optional.empty();
    }

    /** log(1 + e^z), without overflow for large z or loss of precision for very negative z. */
    private static double softplus(double z) {
        return z > 0.0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    @Override
    public ValueDomain outputDomain() {
        return ValueDomain.OPEN_UNIT_INTERVAL;
    }

    @Override
    public ValueDomain targetDomain() {
        return ValueDomain.UNIT_INTERVAL;
    }
}
