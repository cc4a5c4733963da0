package org.deltanet.testkit;

import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;

/**
 * A correct squared error, J = mean over rows of 1/2 sum (o - y)^2 with gradient o - y, declaring
 * the shortcut delta = a - y after an activation named {@code identity}; the tests' broken
 * variants override parts of it.
 */
class HalfSquaredError implements Loss {

    /** The shortcut after identity: a = z, so delta = a - y and the value is the loss's own. */
    class IdentityShortcut implements OutputShortcut {
        @Override
        public void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
            for (int i = 0; i < rows * cols; i++) {
                delta[i] = a[i] - target[i];
            }
        }

        @Override
        public double value(double[] z, double[] a, double[] target, int rows, int cols) {
            return HalfSquaredError.this.value(a, target, rows, cols);
        }
    }

    @Override
    public String name() {
        return "half-squared-error";
    }

    @Override
    public String description() {
        return "1/2 sum (y - o)^2";
    }

    @Override
    public double value(double[] output, double[] target, int rows, int cols) {
        double sum = 0.0;
        for (int i = 0; i < rows * cols; i++) {
            double d = output[i] - target[i];
            sum += 0.5 * d * d;
        }
        return sum / rows;
    }

    @Override
    public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
        for (int i = 0; i < rows * cols; i++) {
            gradient[i] = output[i] - target[i];
        }
    }

    @Override
    public Optional<OutputShortcut> shortcutFor(Activation outputActivation) {
        return outputActivation.name().equals("identity") ? Optional.of(new IdentityShortcut()) : Optional.empty();
    }
}
