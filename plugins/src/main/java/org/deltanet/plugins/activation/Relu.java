package org.deltanet.plugins.activation;

import org.deltanet.api.ElementwiseActivation;
import org.deltanet.plugins.support.BatchMath;
import org.deltanet.plugins.support.VectorFloatMath;

/**
 * {@code relu}: f(z) = max(0, z), with f'(z) = 1 for z &gt; 0 and 0 otherwise (the subgradient 0
 * at the kink z = 0).
 */
public final class Relu extends ElementwiseActivation {

    private static final BatchMath MATH = BatchMath.best();
    private static final boolean VECTOR = BatchMath.vectorized();

    public Relu() {
        super("relu", "max(0, z)");
    }

    @Override
    public double value(double z) {
        return z > 0.0 ? z : 0.0;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0.0 ? 1.0 : 0.0;
    }

    /** The whole batch at once, vectorized where the Vector API is available. */
    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        MATH.relu(z, a, rows * cols);
    }

    /** In float on the Vector API where it is present; otherwise the scalar loop of the base class. */
    @Override
    public void forward(float[] z, float[] a, int rows, int cols) {
        if (VECTOR) {
            VectorFloatMath.relu(z, a, rows * cols);
        } else {
            super.forward(z, a, rows, cols);
        }
    }

    @Override
    public void backward(float[] z, float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        if (VECTOR) {
            VectorFloatMath.reluBackward(z, gradA, gradZ, rows * cols);
        } else {
            super.backward(z, a, gradA, gradZ, rows, cols);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        MATH.reluBackward(z, gradA, gradZ, rows * cols);
    }

    /** Not differentiable at 0. */
    @Override
    public double[] kinks() {
        return new double[] {0.0};
    }
}
