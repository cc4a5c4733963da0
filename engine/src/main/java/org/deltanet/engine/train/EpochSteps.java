package org.deltanet.engine.train;

import org.deltanet.api.OptimizerState;

/**
 * How the steps of an epoch are taken, for the one {@link EpochLoop}: on one machine a step is one
 * mini-batch ({@link Trainer}); data-parallel training may take one step as a round over several
 * machines.
 */
public interface EpochSteps {

    /** Steps in every epoch; listeners see this many batches. */
    int count();

    /** Called before the first step of each 1-based epoch, e.g. to order its examples. */
    default void startEpoch(int epoch) {}

    /**
     * Brings the network up to date with the steps taken, before anyone outside the steps looks
     * at it (validation, listeners at the end of an epoch, a stop between steps). Nothing to do
     * where the steps update the network itself; a float32 trainer copies its single-precision
     * weights back.
     */
    default void settle() {}

    /**
     * Assembles the batch of step {@code step} in the current epoch's order, as {@link #take} does
     * first, without training on it. The warm-up calls it so that the JIT compiles batch assembly
     * before the first epoch ({@code WarmUp}); nothing by default.
     *
     * @param step 0-based step within the epoch
     */
    default void assemble(int step) {}

    /**
     * Takes one step and adds what it saw (loss, accuracy, |delta| sums) to {@code statistics}.
     *
     * @param epoch 1-based epoch
     * @param step  0-based step within the epoch
     * @param state the optimizer state so far
     * @return the optimizer state to go on with: {@code state} itself, or a new one (where the
     *         step averages states from several machines)
     * @throws TrainingDivergedException if an input, the loss or a delta is not finite
     */
    OptimizerState take(int epoch, int step, OptimizerState state, StepStatistics statistics);
}
