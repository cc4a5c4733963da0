package org.deltanet.plugins.init;

import java.util.List;
import java.util.random.RandomGenerator;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.WeightInitializer;

/**
 * {@code normal}: every weight drawn independently from the normal distribution
 * N(mean, std^2), as {@code mean + std * random.nextGaussian()}.
 *
 * <p>Parameters {@code mean}, default 0, in [-1e6, 1e6], and {@code std}, default 0.01, in
 * [0, 1e6] (0 makes every weight the mean).
 */
public final class Normal extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {

    private static final String MEAN = "mean";
    private static final String STD = "std";
    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.real(MEAN, 0.0, -1e6, 1e6, "mean of the weights"),
            ParameterSpec.real(STD, 0.01, 0.0, 1e6, "standard deviation of the weights"));

    private final double mean;
    private final double std;

    /** Mean 0, standard deviation 0.01. */
    public Normal() {
        this(ParameterValues.defaults(PARAMETERS));
    }

    private Normal(ParameterValues values) {
        super(values, Normal::new);
        this.mean = values.real(MEAN);
        this.std = values.real(STD);
    }

    @Override
    public String name() {
        return "normal";
    }

    @Override
    public String description() {
        return "w ~ N(mean, std^2)";
    }

    @Override
    public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
        for (int i = 0; i < fanOut * fanIn; i++) {
            weights[i] = mean + std * random.nextGaussian();
        }
    }
}
