package org.deltanet.engine.train;

/**
 * Observes training: progress display, metrics files, checkpoints, early stopping. All methods
 * run on the training thread; {@link #onBatchEnd} runs every step and must be cheap and
 * allocation-free.
 */
public interface TrainingListener {

    /** Called once before the first epoch of this run (which may be a resumed one). */
    default void onStart(int firstEpoch, int epochs, int batchesPerEpoch) {
    }

    /** Called after every step with the batch's loss. */
    default void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {
    }

    /**
     * Called after every epoch.
     *
     * @return {@code false} to stop training after this epoch (early stopping)
     */
    default boolean onEpochEnd(EpochReport report) {
        return true;
    }
}
