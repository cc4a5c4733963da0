package org.deltanet.rundir;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import org.deltanet.engine.metrics.TargetKind;
import org.deltanet.engine.train.Evaluation;
import org.deltanet.engine.train.Metrics;

/**
 * What {@code summary.txt} reports about a run; see {@link SummaryWriter}.
 *
 * @param experiment     the experiment's name
 * @param status         how the run ended: complete, or failed with the reason
 * @param epochsRun      the last epoch completed, 0 if none
 * @param epochs         the configured number of epochs
 * @param stoppedEarly   whether early stopping ended the run before {@code epochs}
 * @param bestEpoch      the best epoch by the early-stopping metric; empty without early stopping
 * @param training       training metrics of the last epoch, or null if no epoch finished
 * @param validation     validation metrics after the last epoch, or null without validation data
 * @param test           the model's evaluation on the test set, or null without one
 * @param targets        what the targets are: for numbers ({@link TargetKind#VALUES}) no accuracy is shown
 * @param wallTime       time from the start of the run to its end
 * @param parameterCount the network's weights and biases
 * @param kernel         the name of the matrix kernels that did the arithmetic, e.g. {@code plain-java}
 * @param model          which weights the run's model holds, e.g. {@code weights of epoch 27, best by
 *                       validation-loss}; null when no model was written
 * @param deltanet       the version of deltanet that ran it, or null
 * @param command        the command line that ran it, or null
 * @param trainingPenalty the weight penalty after the last epoch (beside the training data loss),
 *                       NaN for a run without one
 */
public record RunSummary(
        String experiment,
        RunStatus status,
        int epochsRun,
        int epochs,
        boolean stoppedEarly,
        OptionalInt bestEpoch,
        Metrics training,
        Metrics validation,
        Evaluation test,
        TargetKind targets,
        Duration wallTime,
        long parameterCount,
        String kernel,
        String model,
        String deltanet,
        String command,
        double trainingPenalty) {

    public RunSummary {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bestEpoch, "bestEpoch");
        Objects.requireNonNull(wallTime, "wallTime");
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(targets, "targets");
    }
}
