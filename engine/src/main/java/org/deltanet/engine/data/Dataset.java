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
}
