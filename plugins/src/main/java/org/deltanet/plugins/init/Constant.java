package org.deltanet.plugins.init;

import java.util.random.RandomGenerator;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.WeightInitializer;

/**
 * {@code constant}: every weight is {@code value}. Draws nothing from the generator.
 *
 * <p>Parameter {@code value}, default 0, in [-1e6, 1e6].
 */
public final class Constant extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {

    private static final ParameterSpec VALUE = ParameterSpec.real("value", 0.0, -1e6, 1e6, "the value of every weight");

    private final double value = values().real(VALUE);

    /** Value 0. */
    public Constant() {
        super("constant", "w = value", Constant::new, VALUE);
    }

    @Override
    public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
        for (int i = 0; i < fanOut * fanIn; i++) {
            weights[i] = value;
        }
    }
}
