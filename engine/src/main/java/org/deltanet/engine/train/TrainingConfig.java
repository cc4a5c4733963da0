package org.deltanet.engine.train;

import java.util.Objects;
import java.util.SplittableRandom;
import org.deltanet.engine.regularize.Regularization;

/**
 * How to train: the mode, the batch size (mini-batch mode only), the number of epochs, whether to
 * shuffle the examples every epoch, and the seed that makes shuffling reproducible.
 *
 * @param mode      batch, stochastic or mini-batch
 * @param batchSize examples per step in mini-batch mode (ignored otherwise), at least 1
 * @param epochs    passes over the training set, at least 1
 * @param shuffle   whether each epoch visits the examples in a fresh seeded order
 * @param seed      the seed for shuffling and dropout; epoch {@code e}'s order depends only on seed
 *                  and e
 * @param regularization penalties, dropout, clipping and class weights of the training steps
 *                  ({@link Regularization#NONE} for none)
 */
public record TrainingConfig(
        TrainingMode mode, int batchSize, int epochs, boolean shuffle, long seed, Regularization regularization) {

    /** Training without regularization. */
    public TrainingConfig(TrainingMode mode, int batchSize, int epochs, boolean shuffle, long seed) {
        this(mode, batchSize, epochs, shuffle, seed, Regularization.NONE);
    }

    public TrainingConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(regularization, "regularization");
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
                    throw new IllegalArgumentException("batch size " + batchSize + " is larger than the " + examples
                            + " training examples; use at most " + examples + " or mode batch");
                }
                yield batchSize;
            }
        };
    }

    /**
     * Fills {@code order} with epoch {@code epoch}'s order of the examples: the identity, or when
     * shuffling, the identity shuffled (Fisher-Yates) by a generator seeded from the seed and the
     * epoch, so that it depends on nothing else.
     */
    public void fillOrder(int epoch, int[] order) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (!shuffle) {
            return;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
