package org.deltanet.plugins.activation;

import org.deltanet.api.ElementwiseActivation;

/**
 * {@code relu}: f(z) = max(0, z), with f'(z) = 1 for z &gt; 0 and 0 otherwise (the subgradient 0
 * at the kink z = 0).
 */
public final class Relu extends ElementwiseActivation {

    @Override
    public String name() {
        return "relu";
    }

    @Override
    public String description() {
        return "max(0, z)";
    }

    @Override
    public double value(double z) {
        return z > 0.0 ? z : 0.0;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0.0 ? 1.0 : 0.0;
    }

    /** Not differentiable at 0. */
    @Override
    public double[] kinks() {
        return new double[] {0.0};
    }
}
