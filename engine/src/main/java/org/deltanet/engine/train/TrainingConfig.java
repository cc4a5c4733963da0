package org.deltanet.engine.train;

import java.util.Objects;

/**
 * How to train: the mode, the batch size (mini-batch mode only), the number of epochs, whether to
 * shuffle the examples every epoch, and the seed that makes shuffling reproducible.
 *
 * @param mode      batch, stochastic or mini-batch
 * @param batchSize examples per step in mini-batch mode (ignored otherwise), at least 1
 * @param epochs    passes over the training set, at least 1
 * @param shuffle   whether each epoch visits the examples in a fresh seeded order
 * @param seed      the seed for shuffling; epoch {@code e}'s order depends only on seed and e
 */
public record TrainingConfig(TrainingMode mode, int batchSize, int epochs, boolean shuffle, long seed) {

    public TrainingConfig {
        Objects.requireNonNull(mode, "mode");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
    }

    /**
     * The number of examples per step for a training set of {@code examples}.
     *
     * @throws IllegalArgumentException if a mini-batch is larger than the data
     */
    public int batchSizeFor(int examples) {
        return switch (mode) {
            case BATCH -> examples;
            case STOCHASTIC -> 1;
            case MINI_BATCH -> {
                if (batchSize > examples) {
                    throw new IllegalArgumentException("batch size " + batchSize + " is larger than the "
                            + examples + " training examples; use at most " + examples + " or mode batch");
                }
                yield batchSize;
            }
        };
    }
}
