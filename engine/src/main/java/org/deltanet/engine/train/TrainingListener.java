package org.deltanet.engine.train;

/**
 * Observes training: progress display, metrics files, checkpoints, early stopping. All methods
 * run on the training thread; {@link #onBatchEnd} runs every step and must be cheap and
 * allocation-free.
 */
public interface TrainingListener {

    /**
     * Called during the warm-up before the first epoch ({@link Trainer}), after each of its first
     * three epochs (once, if it ends inside its first), with a report of that epoch of the warm-up:
     * its copy of the network and its optimizer state (the run's shapes and buffers, not its
     * numbers), its loss, accuracy and |delta| means, no validation, learning rate and penalty NaN.
     * Not called where there is no warm-up (networks of more than 2^22 parameters,
     * {@code -Ddeltanet.warm-up-ms=0}).
     *
     * <p>A listener whose epoch end is heavy may rehearse that work here, so that the JIT compiles
     * it before training rather than during it: the checkpoint writer encodes a checkpoint of the
     * copy into memory. It must leave no trace a user sees (no file, no line printed) and must not
     * keep the report. An exception thrown here ends the warm-up quietly (as a failing warm-up step
     * does) and does not fail the run.
     */
    default void onWarmUp(EpochReport rehearsal) {}

    /** Called once before the first epoch of this run (which may be a resumed one). */
    default void onStart(int firstEpoch, int epochs, int batchesPerEpoch) {}

    /** Called after every step with the batch's loss. */
    default void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {}

    /**
     * Called after every epoch.
     *
     * @return {@code false} to stop training after this epoch (early stopping)
     */
    default boolean onEpochEnd(EpochReport report) {
        return true;
    }

    /**
     * Asked before every step; {@code true} stops training at this step boundary, as an interrupt
     * (Ctrl-C) does: the result then says where it stopped, so that it can be saved and resumed.
     * Must be cheap (a volatile read).
     */
    default boolean stopRequested() {
        return false;
    }
}
