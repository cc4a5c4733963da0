package org.deltanet.engine.train;

/**
 * Observes training: progress display, metrics files, checkpoints, early stopping. All methods
 * run on the training thread; {@link #onBatchEnd} runs every step and must be cheap and
 * allocation-free.
 */
public interface TrainingListener {

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
