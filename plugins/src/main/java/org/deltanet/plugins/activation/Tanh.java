package org.deltanet.plugins.activation;

import org.deltanet.api.ElementwiseActivation;

/** {@code tanh}: f(z) = tanh z = (e^z - e^-z) / (e^z + e^-z), with f'(z) = 1 - a^2. */
public final class Tanh extends ElementwiseActivation {

    public Tanh() {
        super("tanh", "(e^z - e^-z) / (e^z + e^-z)");
    }

    @Override
    public double value(double z) {
        return Math.tanh(z);
    }

    @Override
    public double derivative(double z, double a) {
        return 1.0 - a * a;
    }
}
