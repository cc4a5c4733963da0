package org.deltanet.engine.train;

import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.OutputShortcut;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.Sums;
import org.deltanet.engine.network.Layer;

/**
 * {@link Arithmetic} in single precision ({@code precision: float32}): training updates float copies
 * of the network's parameters, rounded in by {@link #load} and widened back (exactly) by {@link #store};
 * plugins are called through the SPI's {@code float[]} methods (their own float code, or the
 * converting default); batches come from the dataset's float gather.
 */
final class FloatArithmetic implements Arithmetic<float[]> {

    private final FloatKernels kernels;

    FloatArithmetic(FloatKernels kernels) {
        this.kernels = kernels;
    }

    @Override
    public float[] allocate(int length) {
        return new float[length];
    }

    @Override
    public float[] parameters(double[] values) {
        float[] copy = new float[values.length];
        load(values, copy);
        return copy;
    }

    @Override
    public void load(double[] values, float[] parameters) {
        round(values, parameters, parameters.length);
    }

    @Override
    public void store(float[] parameters, double[] values) {
        for (int i = 0; i < parameters.length; i++) {
            values[i] = parameters[i];
        }
    }

    /** The dataset's own float gather: straight into float where it stores narrower values. */
    @Override
    public void gather(Dataset data, int[] order, int from, int rows, float[] features, float[] targets) {
        data.gather(order, from, rows, features, targets);
    }

    private static void round(double[] from, float[] to, int n) {
        for (int i = 0; i < n; i++) {
            to[i] = (float) from[i];
        }
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        kernels.multiplyTransposedB(a, b, c, m, n, k);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        kernels.multiply(a, b, c, m, n, k);
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, double scale) {
        kernels.multiplyTransposedA(a, b, c, m, n, k, (float) scale);
    }

    @Override
    public void scale(float[] values, double[] factors, float[] out, int length) {
        for (int i = 0; i < length; i++) {
            out[i] = (float) (values[i] * factors[i]);
        }
    }

    @Override
    public void addBias(float[] z, float[] bias, int rows, int units) {
        for (int r = 0; r < rows; r++) {
            int row = r * units;
            for (int j = 0; j < units; j++) {
                z[row + j] += bias[j];
            }
        }
    }

    @Override
    public void columnSums(float[] values, float[] sums, int rows, int units, double scale) {
        float factor = (float) scale;
        java.util.Arrays.fill(sums, 0, units, 0f);
        for (int r = 0; r < rows; r++) {
            int row = r * units;
            for (int j = 0; j < units; j++) {
                sums[j] += values[row + j];
            }
        }
        for (int j = 0; j < units; j++) {
            sums[j] *= factor;
        }
    }

    @Override
    public void forward(Activation activation, float[] z, float[] a, int rows, int cols) {
        activation.forward(z, a, rows, cols);
    }

    @Override
    public void backward(
            Activation activation, float[] z, float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        activation.backward(z, a, gradA, gradZ, rows, cols);
    }

    @Override
    public double value(Loss loss, float[] output, float[] target, int rows, int cols) {
        return loss.value(output, target, rows, cols);
    }

    @Override
    public void gradient(Loss loss, float[] output, float[] target, float[] gradient, int rows, int cols) {
        loss.gradient(output, target, gradient, rows, cols);
    }

    @Override
    public double value(OutputShortcut shortcut, float[] z, float[] a, float[] target, int rows, int cols) {
        return shortcut.value(z, a, target, rows, cols);
    }

    @Override
    public void delta(
            OutputShortcut shortcut, float[] z, float[] a, float[] target, float[] delta, int rows, int cols) {
        shortcut.delta(z, a, target, delta, rows, cols);
    }

    @Override
    public void update(
            Optimizer optimizer, String parameter, float[] values, float[] gradient, int length, OptimizerState state) {
        optimizer.update(parameter, values, gradient, length, state);
    }

    /** No: float32 steps always write their gradients out (see {@code RatedOptimizer#updateOuterProduct}). */
    @Override
    public boolean updatesOuterProducts(ScheduledOptimizer optimizer) {
        return false;
    }

    @Override
    public void updateOuterProduct(
            ScheduledOptimizer optimizer,
            String parameter,
            float[] values,
            float[] left,
            float[] right,
            int rows,
            int columns,
            OptimizerState state) {
        throw new UnsupportedOperationException("float32 steps do not update outer products");
    }

    @Override
    public void applyMask(Layer layer, float[] weights, float[] bias) {
        layer.applyMask(weights, bias);
    }

    @Override
    public void clamp(float[] values, int length, double limit) {
        float bound = (float) limit;
        for (int i = 0; i < length; i++) {
            values[i] = Math.max(-bound, Math.min(bound, values[i]));
        }
    }

    @Override
    public double sumSquares(float[] values, int length) {
        double sum = 0.0;
        for (int i = 0; i < length; i++) {
            double value = values[i];
            sum += value * value;
        }
        return sum;
    }

    @Override
    public void rescale(float[] values, int length, double factor) {
        for (int i = 0; i < length; i++) {
            values[i] = (float) (values[i] * factor);
        }
    }

    /** In double, each entry rounded once; without L1, a loop the JIT vectorizes. */
    @Override
    public void addPenalty(float[] weights, float[] gradient, int length, double l1, double l2) {
        if (l1 == 0.0) {
            for (int i = 0; i < length; i++) {
                gradient[i] = (float) (gradient[i] + l2 * weights[i]);
            }
            return;
        }
        for (int i = 0; i < length; i++) {
            double w = weights[i];
            gradient[i] = (float) (gradient[i] + l1 * Math.signum(w) + l2 * w);
        }
    }

    @Override
    public double sumAbs(float[] values, int length) {
        return Sums.sumAbs(values, length);
    }

    @Override
    public int firstNonFinite(float[] values, int length) {
        for (int i = 0; i < length; i++) {
            if (!Float.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public double get(float[] values, int index) {
        return values[index];
    }

    @Override
    public int correct(float[] output, float[] target, int rows, int cols) {
        return Accuracy.correct(output, target, rows, cols);
    }
}
