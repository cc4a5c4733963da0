package org.deltanet.engine.data;

/**
 * Examples for training or evaluation: {@code size()} pairs of a feature row
 * ({@code featureCount()} values) and a target row ({@code targetCount()} values, e.g. a one-hot
 * class vector).
 */
public interface Dataset {

    int size();

    int featureCount();

    int targetCount();

    /**
     * Copies examples {@code order[from] .. order[from + count - 1]} into flat row-major batch
     * buffers. Must not allocate: it runs once per training step.
     *
     * @param features output, at least {@code count * featureCount()} long
     * @param targets  output, at least {@code count * targetCount()} long
     */
    void gather(int[] order, int from, int count, double[] features, double[] targets);

    /**
     * The same examples as {@link #gather(int[], int, int, double[], double[])}, each value rounded
     * to float: what a {@code precision: float32} run trains on. Every value must be exactly
     * {@code (float)} of the one the double gather gives. This default gathers in double into
     * per-thread buffers (grown to the largest batch and kept with the thread) and rounds, so every
     * dataset works unchanged; a dataset that stores narrower values overrides it to convert
     * straight into float. Must not allocate once warm: it runs once per training step.
     *
     * @param features output, at least {@code count * featureCount()} long
     * @param targets  output, at least {@code count * targetCount()} long
     */
    default void gather(int[] order, int from, int count, float[] features, float[] targets) {
        RoundedGather.gather(this, order, from, count, features, targets);
    }
}
