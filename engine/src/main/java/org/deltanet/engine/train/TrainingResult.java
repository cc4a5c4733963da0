package org.deltanet.engine.train;

import org.deltanet.api.OptimizerState;

/**
 * How a training run ended.
 *
 * @param lastEpoch      the last epoch completed (1-based)
 * @param stoppedEarly   whether a listener stopped training before the configured epochs
 * @param training       training metrics of the last epoch
 * @param validation     validation metrics after the last epoch, or null without validation data
 * @param optimizerState the optimizer state at the end, for saving and resuming
 * @param interruptedAt  where training stopped because a listener requested it between steps
 *                       (an interrupt), or null when it ran to its end or stopped early
 */
public record TrainingResult(
        int lastEpoch,
        boolean stoppedEarly,
        Metrics training,
        Metrics validation,
        OptimizerState optimizerState,
        TrainingPosition interruptedAt) {

    /** Whether training stopped between steps at a listener's request. */
    public boolean interrupted() {
        return interruptedAt != null;
    }
}
