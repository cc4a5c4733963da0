package org.deltanet.plugins.optimizer;

import java.util.function.Supplier;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.RatedOptimizer;
import org.deltanet.plugins.support.BatchMath;

/**
 * What the built-in optimizers share: declared parameters including {@code learning-rate}, and the
 * learning rate alpha read from the configured values.
 */
abstract class ConfiguredOptimizer extends ConfiguredPlugin<Optimizer> implements RatedOptimizer {

    static final String LEARNING_RATE = "learning-rate";

    /** The batch loops, vectorized where the Vector API is available. */
    static final BatchMath MATH = BatchMath.best();

    /** Whether the single-precision updates run on the Vector API (otherwise the SPI's converting default). */
    static final boolean VECTOR = BatchMath.vectorized();

    /** The step size alpha. */
    final double alpha = values().real(LEARNING_RATE);

    ConfiguredOptimizer(String name, String description, Supplier<Optimizer> factory, ParameterSpec... parameters) {
        super(name, description, factory, parameters);
    }

    static ParameterSpec learningRate(double defaultValue) {
        return ParameterSpec.positive(LEARNING_RATE, defaultValue, "step size alpha");
    }

    static ParameterSpec decay(String name, double defaultValue, String description) {
        // A decay of exactly 1 would never forget (momentum) or divide by zero (Adam's bias correction).
        return ParameterSpec.fraction(name, defaultValue, description);
    }

    @Override
    public final double learningRate() {
        return alpha;
    }
}
