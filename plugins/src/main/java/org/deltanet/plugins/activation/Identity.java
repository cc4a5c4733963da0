package org.deltanet.plugins.activation;

import org.deltanet.api.ElementwiseActivation;

/**
 * {@code identity}: f(z) = z, f'(z) = 1. The usual output activation for regression, where
 * {@code squared-error} declares the shortcut delta = a - y.
 */
public final class Identity extends ElementwiseActivation {

    public Identity() {
        super("identity", "z");
    }

    @Override
    public double value(double z) {
        return z;
    }

    @Override
    public double derivative(double z, double a) {
        return 1.0;
    }
}
