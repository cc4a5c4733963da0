package org.deltanet.plugins.init;

import java.util.random.RandomGenerator;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.WeightInitializer;

/**
 * {@code xavier}: Glorot and Bengio's (2010) uniform initialisation, every weight drawn
 * independently from [-limit, limit) with {@code limit = sqrt(6 / (fanIn + fanOut))}, so that the
 * weights' variance is {@code 2 / (fanIn + fanOut)}. Suits tanh and sigmoid layers.
 */
public final class Xavier extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {

    public Xavier() {
        super("xavier", "w ~ U[-sqrt(6 / (fanIn + fanOut)), sqrt(6 / (fanIn + fanOut)))");
    }

    @Override
    public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < fanOut * fanIn; i++) {
            weights[i] = random.nextDouble(-limit, limit);
        }
    }
}
