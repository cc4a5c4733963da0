package org.deltanet.experiment.run;

import org.deltanet.api.Loss;

/** Test-only squared error, L = 1/2 sum (o - y)^2 per example. */
final class TestSquaredError implements Loss {

    @Override
    public String name() {
        return "test-squared-error";
    }

    @Override
    public String description() {
        return "1/2 sum (o - y)^2, for tests";
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
}
