package org.deltanet.plugins.init;

import java.util.List;
import java.util.random.RandomGenerator;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.WeightInitializer;

/**
 * {@code constant}: every weight is {@code value}. Draws nothing from the generator.
 *
 * <p>Parameter {@code value}, default 0, in [-1e6, 1e6].
 */
public final class Constant extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {

    private static final String VALUE = "value";
    private static final List<ParameterSpec> PARAMETERS =
            List.of(ParameterSpec.real(VALUE, 0.0, -1e6, 1e6, "the value of every weight"));

    private final double value;

    /** Value 0. */
    public Constant() {
        this(ParameterValues.defaults(PARAMETERS));
    }

    private Constant(ParameterValues values) {
        super(values, Constant::new);
        this.value = values.real(VALUE);
    }

    @Override
    public String name() {
        return "constant";
    }

    @Override
    public String description() {
        return "w = value";
    }

    @Override
    public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
        for (int i = 0; i < fanOut * fanIn; i++) {
            weights[i] = value;
        }
    }
}
