package org.deltanet.plugins.activation;

import org.deltanet.api.ElementwiseActivation;
import org.deltanet.plugins.support.BatchMath;
import org.deltanet.plugins.support.ScalarBatchMath;
import org.deltanet.plugins.support.VectorFloatMath;

/**
 * {@code sigmoid}: the logistic function f(z) = 1 / (1 + e^-z), with f'(z) = a (1 - a).
 *
 * <p>Computed as {@code 1 / (1 + e^-z)} for z &ge; 0 and {@code e^z / (1 + e^z)} for z &lt; 0, so
 * that the exponential never overflows: f is 0 or 1 (never NaN) for large |z|.
 */
public final class Sigmoid extends ElementwiseActivation {

    private static final BatchMath MATH = BatchMath.best();
    private static final boolean VECTOR = BatchMath.vectorized();

    public Sigmoid() {
        super("sigmoid", "1 / (1 + e^-z)");
    }

    @Override
    public double value(double z) {
        return ScalarBatchMath.sigmoid(z);
    }

    @Override
    public double derivative(double z, double a) {
        return a * (1.0 - a);
    }

    /** The whole batch at once, vectorized where the Vector API is available. */
    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        MATH.sigmoid(z, a, rows * cols);
    }

    /** In float on the Vector API where it is present; otherwise the scalar loop of the base class. */
    @Override
    public void forward(float[] z, float[] a, int rows, int cols) {
        if (VECTOR) {
            VectorFloatMath.sigmoid(z, a, rows * cols);
        } else {
            super.forward(z, a, rows, cols);
        }
    }

    @Override
    public void backward(float[] z, float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        if (VECTOR) {
            VectorFloatMath.sigmoidBackward(a, gradA, gradZ, rows * cols);
        } else {
            super.backward(z, a, gradA, gradZ, rows, cols);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        MATH.sigmoidBackward(a, gradA, gradZ, rows * cols);
    }
}
