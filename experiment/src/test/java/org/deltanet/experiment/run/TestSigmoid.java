package org.deltanet.experiment.run;

import org.deltanet.api.ElementwiseActivation;

/** Test-only logistic activation (the built-in plugins module is empty on this branch). */
final class TestSigmoid extends ElementwiseActivation {

    @Override
    public String name() {
        return "test-sigmoid";
    }

    @Override
    public String description() {
        return "1 / (1 + e^-z), for tests";
    }

    @Override
    public double value(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    @Override
    public double derivative(double z, double a) {
        return a * (1.0 - a);
    }
}
