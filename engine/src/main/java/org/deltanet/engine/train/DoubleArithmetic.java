package org.deltanet.engine.train;

import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.OutputShortcut;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.Sums;
import org.deltanet.engine.network.Layer;

/** {@link Arithmetic} in double precision, the default: training updates the network's own arrays. */
final class DoubleArithmetic implements Arithmetic<double[]> {

    private final MatrixKernels kernels;

    /** @param kernels the products; null for an arithmetic that only updates parameters ({@link ParameterUpdate}) */
    DoubleArithmetic(MatrixKernels kernels) {
        this.kernels = kernels;
    }

    @Override
    public double[] allocate(int length) {
        return new double[length];
    }

    @Override
    public double[] parameters(double[] values) {
        return values;
    }

    @Override
    public void load(double[] values, double[] parameters) {
        if (values != parameters) {
            System.arraycopy(values, 0, parameters, 0, parameters.length);
        }
    }

    @Override
    public void store(double[] parameters, double[] values) {
        if (values != parameters) {
            System.arraycopy(parameters, 0, values, 0, parameters.length);
        }
    }

    @Override
    public void gather(Dataset data, int[] order, int from, int rows, double[] features, double[] targets) {
        data.gather(order, from, rows, features, targets);
    }

    @Override
    public void multiplyTransposedB(double[] a, double[] b, double[] c, int m, int n, int k) {
        kernels.multiplyTransposedB(a, b, c, m, n, k);
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int n, int k) {
        kernels.multiply(a, b, c, m, n, k);
    }

    @Override
    public void multiplyTransposedA(double[] a, double[] b, double[] c, int m, int n, int k, double scale) {
        kernels.multiplyTransposedA(a, b, c, m, n, k, scale);
    }

    @Override
    public void scale(double[] values, double[] factors, double[] out, int length) {
        for (int i = 0; i < length; i++) {
            out[i] = values[i] * factors[i];
        }
    }

    @Override
    public void addBias(double[] z, double[] bias, int rows, int units) {
        for (int r = 0; r < rows; r++) {
            int row = r * units;
            for (int j = 0; j < units; j++) {
                z[row + j] += bias[j];
            }
        }
    }

    @Override
    public void columnSums(double[] values, double[] sums, int rows, int units, double scale) {
        java.util.Arrays.fill(sums, 0, units, 0.0);
        for (int r = 0; r < rows; r++) {
            int row = r * units;
            for (int j = 0; j < units; j++) {
                sums[j] += values[row + j];
            }
        }
        for (int j = 0; j < units; j++) {
            sums[j] *= scale;
        }
    }

    @Override
    public void forward(Activation activation, double[] z, double[] a, int rows, int cols) {
        activation.forward(z, a, rows, cols);
    }

    @Override
    public void backward(
            Activation activation, double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        activation.backward(z, a, gradA, gradZ, rows, cols);
    }

    @Override
    public double value(Loss loss, double[] output, double[] target, int rows, int cols) {
        return loss.value(output, target, rows, cols);
    }

    @Override
    public void gradient(Loss loss, double[] output, double[] target, double[] gradient, int rows, int cols) {
        loss.gradient(output, target, gradient, rows, cols);
    }

    @Override
    public double value(OutputShortcut shortcut, double[] z, double[] a, double[] target, int rows, int cols) {
        return shortcut.value(z, a, target, rows, cols);
    }

    @Override
    public void delta(
            OutputShortcut shortcut, double[] z, double[] a, double[] target, double[] delta, int rows, int cols) {
        shortcut.delta(z, a, target, delta, rows, cols);
    }

    @Override
    public void update(
            Optimizer optimizer,
            String parameter,
            double[] values,
            double[] gradient,
            int length,
            OptimizerState state) {
        optimizer.update(parameter, values, gradient, length, state);
    }

    @Override
    public boolean updatesOuterProducts(ScheduledOptimizer optimizer) {
        return optimizer.updatesOuterProducts();
    }

    @Override
    public void updateOuterProduct(
            ScheduledOptimizer optimizer,
            String parameter,
            double[] values,
            double[] left,
            double[] right,
            int rows,
            int columns,
            OptimizerState state) {
        optimizer.updateOuterProduct(parameter, values, left, right, rows, columns, state);
    }

    @Override
    public void applyMask(Layer layer, double[] weights, double[] bias) {
        layer.applyMask(weights, bias);
    }

    @Override
    public void clamp(double[] values, int length, double limit) {
        for (int i = 0; i < length; i++) {
            values[i] = Math.max(-limit, Math.min(limit, values[i]));
        }
    }

    @Override
    public double sumSquares(double[] values, int length) {
        double sum = 0.0;
        for (int i = 0; i < length; i++) {
            sum += values[i] * values[i];
        }
        return sum;
    }

    @Override
    public void rescale(double[] values, int length, double factor) {
        for (int i = 0; i < length; i++) {
            values[i] *= factor;
        }
    }

    /** Without L1, a loop the JIT vectorizes (the same values: {@code 0 sign(w)} adds a zero). */
    @Override
    public void addPenalty(double[] weights, double[] gradient, int length, double l1, double l2) {
        if (l1 == 0.0) {
            for (int i = 0; i < length; i++) {
                gradient[i] += l2 * weights[i];
            }
            return;
        }
        for (int i = 0; i < length; i++) {
            double w = weights[i];
            gradient[i] += l1 * Math.signum(w) + l2 * w;
        }
    }

    @Override
    public double sumAbs(double[] values, int length) {
        return Sums.sumAbs(values, length);
    }

    @Override
    public int firstNonFinite(double[] values, int length) {
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public double get(double[] values, int index) {
        return values[index];
    }

    @Override
    public int correct(double[] output, double[] target, int rows, int cols) {
        return Accuracy.correct(output, target, rows, cols);
    }
}
