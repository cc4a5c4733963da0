package org.deltanet.plugins.optimizer;

import java.util.List;

import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginText;

/**
 * What the built-in optimizers share: declared parameters including {@code learning-rate}, the
 * validated values they were configured with, and the learning rate alpha read from them.
 */
abstract class ConfiguredOptimizer implements Optimizer {

    static final String LEARNING_RATE = "learning-rate";
    static final String MOMENTUM = "momentum";

    /**
     * The largest double below 1: {@link ParameterSpec} ranges are closed at the top, and a decay
     * rate of exactly 1 would never forget (momentum) or divide by zero (Adam's bias correction).
     */
    static final double BELOW_ONE = Math.nextDown(1.0);

    /**
     * Velocities and moment estimates smaller than this in magnitude are stored as 0. A buffer
     * entry whose gradient stays 0 (a pixel that is always blank, a saturated unit) decays
     * geometrically and would sink into the subnormal range (below 2.2e-308) after a few thousand
     * steps, where each arithmetic operation on it costs many times a normal one; at batch 1 that
     * made whole steps several times slower. Flushing at 1e-300 changes no result that matters: a
     * velocity that small moves no weight of normal size.
     */
    static final double FLUSH_BELOW = 1e-300;

    private final List<ParameterSpec> parameters;
    private final ParameterValues values;

    /** The step size alpha. */
    final double alpha;

    ConfiguredOptimizer(List<ParameterSpec> parameters, ParameterValues values) {
        this.parameters = parameters;
        this.values = values;
        this.alpha = values.real(LEARNING_RATE);
    }

    /** The value, or 0 if its magnitude is below {@link #FLUSH_BELOW}. */
    static double flushed(double value) {
        return Math.abs(value) < FLUSH_BELOW ? 0.0 : value;
    }

    static ParameterSpec learningRate(double defaultValue) {
        return ParameterSpec.positive(LEARNING_RATE, defaultValue, "step size alpha");
    }

    static ParameterSpec decay(String name, double defaultValue, String description) {
        return ParameterSpec.real(name, defaultValue, 0.0, BELOW_ONE, description);
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final ParameterValues values() {
        return values;
    }

    @Override
    public final double learningRate() {
        return alpha;
    }

    @Override
    public final String toString() {
        return PluginText.describe(this);
    }
}
