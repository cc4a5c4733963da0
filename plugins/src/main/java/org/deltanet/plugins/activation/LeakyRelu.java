package org.deltanet.plugins.activation;

import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.ParameterSpec;

/**
 * {@code leaky-relu}: f(z) = z for z &gt; 0 and {@code slope * z} otherwise, with f'(z) = 1 for
 * z &gt; 0 and {@code slope} otherwise (also at the kink z = 0).
 *
 * <p>Parameter {@code slope}, default 0.01, in [0, 1]; with slope 0 it is {@code relu}.
 */
public final class LeakyRelu extends ElementwiseActivation {

    private static final ParameterSpec SLOPE =
            ParameterSpec.real("slope", 0.01, 0.0, 1.0, "gradient for negative inputs");

    private final double slope = values().real(SLOPE);

    /** Slope 0.01. */
    public LeakyRelu() {
        super("leaky-relu", "z for z > 0, slope * z otherwise", LeakyRelu::new, SLOPE);
    }

    @Override
    public double value(double z) {
        return z > 0.0 ? z : slope * z;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0.0 ? 1.0 : slope;
    }

    /** Not differentiable at 0 (unless the slope is 1). */
    @Override
    public double[] kinks() {
        return new double[] {0.0};
    }
}
