package org.deltanet.testkit;

import org.deltanet.api.Activation;

/**
 * A correct logistic activation with explicit loops, which the tests' broken variants override:
 * a = 1 / (1 + e^-z), dL/dz = a (1 - a) dL/da.
 */
class Logistic implements Activation {

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public String description() {
        return "1 / (1 + e^-z)";
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        for (int i = 0; i < rows * cols; i++) {
            a[i] = 1.0 / (1.0 + Math.exp(-z[i]));
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        for (int i = 0; i < rows * cols; i++) {
            gradZ[i] = a[i] * (1.0 - a[i]) * gradA[i];
        }
    }
}
