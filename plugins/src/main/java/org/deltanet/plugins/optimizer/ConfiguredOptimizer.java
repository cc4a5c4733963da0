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

    private final List<ParameterSpec> parameters;
    private final ParameterValues values;

    /** The step size alpha. */
    final double alpha;

    ConfiguredOptimizer(List<ParameterSpec> parameters, ParameterValues values) {
        this.parameters = parameters;
        this.values = values;
        this.alpha = values.real(LEARNING_RATE);
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
