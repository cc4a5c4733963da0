package org.deltanet.engine.regularize;

import java.util.List;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * Inverted dropout's masks for one training pass: per layer with a rate p above 0, one factor per
 * example and unit, {@code 1 / (1 - p)} for a kept unit and 0 for a dropped one, by which the
 * layer's outputs are multiplied during training (so nothing changes at evaluation).
 *
 * <p>The masks of a step are a function of the seed, the epoch, the step and the position alone
 * (a SplitMix64 hash of them, no generator state): the same seed drops the same units, and a run
 * resumed at any step, also inside an epoch, drops exactly what the uninterrupted run dropped.
 * Buffers are allocated once for the pass's capacity; {@link #fill} allocates nothing.
 *
 * <p>Example: {@code masks.fill(seed, epoch, step, rows)} before each training forward pass.
 */
public final class DropoutMasks {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final double[] rates;
    private final double[][] factors;
    private final int[] units;

    /**
     * @param network  the network
     * @param rates    the dropout rate of each layer's outputs, in [0, 1), first to last; the last
     *                 layer's must be 0 (the output is not dropped); layers beyond the list have none
     * @param capacity the largest batch
     */
    public DropoutMasks(Network network, List<Double> rates, int capacity) {
        List<Layer> layers = network.layers();
        this.rates = new double[layers.size()];
        this.factors = new double[layers.size()][];
        this.units = new int[layers.size()];
        for (int l = 0; l < rates.size() && l < layers.size(); l++) {
            double rate = rates.get(l);
            if (!(rate >= 0.0 && rate < 1.0)) {
                throw new IllegalArgumentException("layer " + (l + 1) + ": dropout must be in [0, 1), got " + rate);
            }
            if (rate > 0.0 && l == layers.size() - 1) {
                throw new IllegalArgumentException(
                        "layer " + (l + 1) + " is the output layer, whose outputs cannot be dropped");
            }
            this.rates[l] = rate;
            this.units[l] = layers.get(l).units();
            this.factors[l] = rate > 0.0 ? new double[capacity * layers.get(l).units()] : null;
        }
    }

    /** Whether any layer drops units. */
    public boolean active() {
        for (double[] factor : factors) {
            if (factor != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether any rate in the list is above 0. */
    public static boolean any(List<Double> rates) {
        return rates.stream().anyMatch(rate -> rate > 0.0);
    }

    /**
     * The factors of layer {@code number} (1-based), {@code capacity x units}, or null where the
     * layer drops nothing. Live: a test may fill it with a mask of its own.
     */
    public double[] factors(int number) {
        return factors[number - 1];
    }

    /** Draws the masks of step {@code step} of epoch {@code epoch} for {@code rows} examples. */
    public void fill(long seed, int epoch, int step, int rows) {
        fill(seed, epoch, step, rows, null);
    }

    /**
     * Draws the masks of step {@code step} of epoch {@code epoch} for {@code rows} examples that
     * stand at {@code positions[r]} of the step's whole mini-batch (null: example r at position r).
     * Row r gets the mask of its position, so a data-parallel worker that holds some of a batch's
     * examples drops what one machine training the whole batch drops for them.
     */
    public void fill(long seed, int epoch, int step, int rows, int[] positions) {
        for (int l = 0; l < factors.length; l++) {
            double[] factor = factors[l];
            if (factor == null) {
                continue;
            }
            int width = units[l];
            long base = mix(mix(mix(mix(seed) + epoch) + step) + l);
            double rate = rates[l];
            double kept = 1.0 / (1.0 - rate);
            for (int r = 0; r < rows; r++) {
                long at = (long) (positions == null ? r : positions[r]) * width;
                for (int u = 0; u < width; u++) {
                    double uniform = (mix(base + (at + u + 1) * GOLDEN) >>> 11) * 0x1.0p-53;
                    factor[r * width + u] = uniform >= rate ? kept : 0.0;
                }
            }
        }
    }

    /** SplitMix64's finalizer: a bijection of 64-bit values that scatters neighbouring inputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
