package org.deltanet.plugins.init;

import java.util.random.RandomGenerator;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.WeightInitializer;

/**
 * {@code he}: He et al.'s (2015) normal initialisation, every weight drawn independently from
 * N(0, 2 / fanIn), i.e. {@code sqrt(2 / fanIn) * random.nextGaussian()}. Suits relu layers.
 */
public final class He extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {

    public He() {
        super("he", "w ~ N(0, 2 / fanIn)");
    }

    @Override
    public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
        double std = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < fanOut * fanIn; i++) {
            weights[i] = std * random.nextGaussian();
        }
    }
}
