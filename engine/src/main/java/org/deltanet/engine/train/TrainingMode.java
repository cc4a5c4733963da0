package org.deltanet.engine.train;

/** How many examples make one gradient-descent step. */
public enum TrainingMode {
    /** The whole training set per step: one step per epoch. */
    BATCH,
    /** One example per step. */
    STOCHASTIC,
    /** {@code batch-size} examples per step; the last batch of an epoch may be smaller. */
    MINI_BATCH
}
