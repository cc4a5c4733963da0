package org.deltanet.examples.swish;

import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.ParameterSpec;

/**
 * {@code swish}: f(z) = z * s with s = sigmoid(beta * z) (Ramachandran et al., 2017), whose
 * derivative is f'(z) = s + beta * z * s * (1 - s).
 *
 * <p>Parameter {@code beta}, default 1, in [0, 10]: 0 gives the line z / 2, large values approach
 * relu. Used in an experiment file as {@code activation: { name: swish, beta: 1.5 }}.
 */
public final class Swish extends ElementwiseActivation {

    private static final ParameterSpec BETA =
            ParameterSpec.real("beta", 1.0, 0.0, 10.0, "sharpness of the sigmoid gate");

    private final double beta = values().real(BETA);

    /** Beta 1: what {@link java.util.ServiceLoader} constructs. */
    public Swish() {
        super("swish", "z * sigmoid(beta * z)", Swish::new, BETA);
    }

    @Override
    public double value(double z) {
        return z * gate(z);
    }

    @Override
    public double derivative(double z, double a) {
        double s = gate(z);
        return s + beta * z * s * (1.0 - s);
    }

    private double gate(double z) {
        return 1.0 / (1.0 + Math.exp(-beta * z));
    }
}
