package org.deltanet.api;

import java.util.random.RandomGenerator;

/**
 * Fills a fresh layer's weight matrix before training.
 *
 * <p>The matrix is {@code fanOut x fanIn} (neurons x inputs), flat and row-major, exactly
 * {@code fanOut * fanIn} long. Implementations draw only from the given generator, so that the
 * same seed gives the same weights, and write every element (masked connections are zeroed by
 * the engine afterwards). Biases start at zero and are not the initializer's concern.
 *
 * <p>Example (He, normal with standard deviation sqrt(2 / fanIn)):
 * <pre>{@code
 * public void initialize(double[] w, int fanOut, int fanIn, RandomGenerator random) {
 *     double sd = Math.sqrt(2.0 / fanIn);
 *     for (int i = 0; i < w.length; i++) w[i] = random.nextGaussian() * sd;
 * }
 * }</pre>
 */
public interface WeightInitializer extends Plugin {

    /**
     * Writes initial weights.
     *
     * @param weights output, {@code fanOut * fanIn} long
     * @param fanOut  neurons in the layer
     * @param fanIn   inputs to each neuron
     * @param random  the experiment's seeded generator
     */
    void initialize(double[] weights, int fanOut, int fanIn, RandomGenerator random);

    /** This initializer with the given parameter values. */
    default WeightInitializer configure(ParameterValues values) {
        return this;
    }
}
