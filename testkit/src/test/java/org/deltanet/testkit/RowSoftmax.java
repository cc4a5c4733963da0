package org.deltanet.testkit;

import org.deltanet.api.Activation;

/**
 * A correct softmax over each row, which the tests' broken variants override:
 * a_j = e^(z_j - max) / sum_k e^(z_k - max), dL/dz_j = a_j (dL/da_j - sum_k a_k dL/da_k).
 */
class RowSoftmax implements Activation {

    @Override
    public String name() {
        return "row-softmax";
    }

    @Override
    public String description() {
        return "e^z_j / sum_k e^z_k";
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, z[start + c]);
            }
            double sum = 0.0;
            for (int c = 0; c < cols; c++) {
                a[start + c] = Math.exp(z[start + c] - max);
                sum += a[start + c];
            }
            for (int c = 0; c < cols; c++) {
                a[start + c] /= sum;
            }
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            double dot = 0.0;
            for (int c = 0; c < cols; c++) {
                dot += a[start + c] * gradA[start + c];
            }
            for (int c = 0; c < cols; c++) {
                gradZ[start + c] = a[start + c] * (gradA[start + c] - dot);
            }
        }
    }
}
