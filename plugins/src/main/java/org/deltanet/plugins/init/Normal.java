package org.deltanet.plugins.init;

import java.util.random.RandomGenerator;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.WeightInitializer;

/**
 * {@code normal}: every weight drawn independently from the normal distribution
 * N(mean, std^2), as {@code mean + std * random.nextGaussian()}.
 *
 * <p>Parameters {@code mean}, default 0, in [-1e6, 1e6], and {@code std}, default 0.01, in
 * [0, 1e6] (0 makes every weight the mean).
 */
public final class Normal extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {

    private static final ParameterSpec MEAN = ParameterSpec.real("mean", 0.0, -1e6, 1e6, "mean of the weights");
    private static final ParameterSpec STD =
            ParameterSpec.real("std", 0.01, 0.0, 1e6, "standard deviation of the weights");

    private final double mean = values().real(MEAN);
    private final double std = values().real(STD);

    /** Mean 0, standard deviation 0.01. */
    public Normal() {
        super("normal", "w ~ N(mean, std^2)", Normal::new, MEAN, STD);
    }

    @Override
    public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
        for (int i = 0; i < fanOut * fanIn; i++) {
            weights[i] = mean + std * random.nextGaussian();
        }
    }
}
