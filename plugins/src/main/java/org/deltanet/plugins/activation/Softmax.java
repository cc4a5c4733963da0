package org.deltanet.plugins.activation;

import org.deltanet.api.Activation;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.plugins.support.BatchMath;
import org.deltanet.plugins.support.VectorFloatMath;

/**
 * {@code softmax}: each row becomes a probability distribution,
 * {@code a_j = e^(z_j - m) / sum_k e^(z_k - m)} with m the row's maximum (which leaves the result
 * unchanged and keeps every exponent &le; 0, so nothing overflows).
 *
 * <p>Not elementwise: its Jacobian is {@code da_j/dz_i = a_j (delta_ij - a_i)}, so backward
 * writes the vector-Jacobian product {@code dL/dz_j = a_j (dL/da_j - sum_k a_k dL/da_k)}. As the
 * output activation it pairs with {@code cross-entropy}, which declares the shortcut
 * delta = a - y.
 */
public final class Softmax extends ConfiguredPlugin<Activation> implements Activation {

    private static final BatchMath MATH = BatchMath.best();
    private static final boolean VECTOR = BatchMath.vectorized();

    public Softmax() {
        super("softmax", "e^z_j / sum_k e^z_k over each row");
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            double sum = MATH.exp(z, MATH.max(z, start, end), a, start, end);
            MATH.divide(a, sum, start, end);
        }
    }

    /** In float on the Vector API where it is present; otherwise the SPI's converting default. */
    @Override
    public void forward(float[] z, float[] a, int rows, int cols) {
        if (VECTOR) {
            VectorFloatMath.softmax(z, a, rows, cols);
        } else {
            Activation.super.forward(z, a, rows, cols);
        }
    }

    @Override
    public void backward(float[] z, float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        if (VECTOR) {
            VectorFloatMath.softmaxBackward(a, gradA, gradZ, rows, cols);
        } else {
            Activation.super.backward(z, a, gradA, gradZ, rows, cols);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            MATH.softmaxBackward(a, gradA, MATH.dot(a, gradA, start, end), gradZ, start, end);
        }
    }
}
