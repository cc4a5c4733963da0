package org.deltanet.plugins.activation;

import org.deltanet.api.ElementwiseActivation;

/**
 * {@code sigmoid}: the logistic function f(z) = 1 / (1 + e^-z), with f'(z) = a (1 - a).
 *
 * <p>Computed as {@code 1 / (1 + e^-z)} for z &ge; 0 and {@code e^z / (1 + e^z)} for z &lt; 0, so
 * that the exponential never overflows: f is 0 or 1 (never NaN) for large |z|.
 */
public final class Sigmoid extends ElementwiseActivation {

    @Override
    public String name() {
        return "sigmoid";
    }

    @Override
    public String description() {
        return "1 / (1 + e^-z)";
    }

    @Override
    public double value(double z) {
        if (z >= 0.0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    @Override
    public double derivative(double z, double a) {
        return a * (1.0 - a);
    }
}
