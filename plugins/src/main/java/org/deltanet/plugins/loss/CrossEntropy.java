package org.deltanet.plugins.loss;

import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.api.ValueDomain;
import org.deltanet.plugins.support.BatchMath;
import org.deltanet.plugins.support.VectorFloatMath;

/**
 * {@code cross-entropy} for outputs that are probability distributions over the columns: per
 * example {@code L = -sum_j y_j log o_j}, terms with y_j = 0 counting as 0; gradient
 * {@code dL/do_j = -y_j / o_j} (0 where y_j = 0). J is the mean of L over the rows.
 *
 * <p>After {@code softmax} the output delta is {@code a - y} <em>provided each target row sums to
 * 1</em> (in general it is {@code a_j sum_k y_k - y_j}), and with
 * {@code log a_j = z_j - logsumexp(z)} the loss becomes
 * {@code L = sum_j y_j (logsumexp(z) - z_j)}, finite even where a_j underflows to 0; this loss
 * declares that shortcut for targets that are distributions (one-hot or soft).
 */
public final class CrossEntropy extends ConfiguredPlugin<Loss> implements Loss {

    private static final BatchMath MATH = BatchMath.best();

    private static final Optional<OutputShortcut> AFTER_SOFTMAX = Optional.of(new OutputShortcut() {
        @Override
        public void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
            Shortcuts.outputMinusTarget(a, target, delta, rows, cols);
        }

        @Override
        public double value(double[] z, double[] a, double[] target, int rows, int cols) {
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                int start = r * cols;
                int end = start + cols;
                double max = MATH.max(z, start, end);
                double logSumExp = max + Math.log(MATH.sumExp(z, max, start, end));
                for (int i = start; i < end; i++) {
                    if (target[i] != 0.0) {
                        sum += target[i] * (logSumExp - z[i]);
                    }
                }
            }
            return sum / rows;
        }

        @Override
        public void delta(float[] z, float[] a, float[] target, float[] delta, int rows, int cols) {
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                delta[i] = a[i] - target[i];
            }
        }

        /** In float on the Vector API where it is present; otherwise the SPI's converting default. */
        @Override
        public double value(float[] z, float[] a, float[] target, int rows, int cols) {
            return BatchMath.vectorized()
                    ? VectorFloatMath.softmaxCrossEntropy(z, target, rows, cols)
                    : OutputShortcut.super.value(z, a, target, rows, cols);
        }
    });

    public CrossEntropy() {
        super("cross-entropy", "-sum y log o");
    }

    @Override
    public double value(double[] output, double[] target, int rows, int cols) {
        int n = rows * cols;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            if (target[i] != 0.0) {
                sum -= target[i] * Math.log(output[i]);
            }
        }
        return sum / rows;
    }

    @Override
    public void gradient(double[] output, double[] target, double[] gradient, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            gradient[i] = target[i] == 0.0 ? 0.0 : -target[i] / output[i];
        }
    }

    /** delta = a - y after a parameterless {@code softmax}; value from z through log-sum-exp. */
    @Override
    public Optional<OutputShortcut> shortcutFor(Activation outputActivation) {
        return Shortcuts.isParameterless(outputActivation, "softmax") ? AFTER_SOFTMAX : Optional.empty();
    }

    @Override
    public ValueDomain outputDomain() {
        return ValueDomain.DISTRIBUTION;
    }

    @Override
    public ValueDomain targetDomain() {
        return ValueDomain.DISTRIBUTION;
    }
}
