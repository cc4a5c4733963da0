package org.deltanet.plugins.init;

import java.util.random.RandomGenerator;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.InvalidParameterException;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.WeightInitializer;

/**
 * {@code uniform}: every weight drawn independently and uniformly from [low, high).
 *
 * <p>Parameters {@code low}, default -0.1, and {@code high}, default 0.1, both in [-1e6, 1e6],
 * with low &lt; high.
 */
public final class Uniform extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {

    private static final ParameterSpec LOW = ParameterSpec.real("low", -0.1, -1e6, 1e6, "smallest weight");
    private static final ParameterSpec HIGH = ParameterSpec.real("high", 0.1, -1e6, 1e6, "bound above every weight");

    private final double low = values().real(LOW);
    private final double high = values().real(HIGH);

    /** The interval [-0.1, 0.1). */
    public Uniform() {
        super("uniform", "w ~ U[low, high)", Uniform::new, LOW, HIGH);
    }

    /**
     * This initializer with the given bounds.
     *
     * @throws InvalidParameterException if low is not below high; the message names both
     */
    @Override
    public WeightInitializer configure(ParameterValues values) {
        double low = values.real(LOW);
        double high = values.real(HIGH);
        if (!(low < high)) {
            throw new InvalidParameterException(
                    LOW.name(), "parameter 'low' (" + low + ") must be less than parameter 'high' (" + high + ")");
        }
        return super.configure(values);
    }

    @Override
    public void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random) {
        for (int i = 0; i < fanOut * fanIn; i++) {
            weights[i] = random.nextDouble(low, high);
        }
    }
}
