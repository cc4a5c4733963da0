package org.deltanet.rundir;

import java.util.Arrays;
import java.util.Objects;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.Metrics;

/**
 * The values of one epoch as kept in {@code metrics.csv} and {@link MetricsHistory}: an
 * {@link EpochReport} without the live network and optimizer state.
 *
 * @param epoch        1-based epoch number
 * @param training     mean loss and accuracy over the epoch's batches
 * @param validation   loss and accuracy on the validation set after the epoch, or null without one
 * @param learningRate the optimizer's learning rate
 * @param seconds      wall time of the epoch
 * @param meanAbsDelta per layer (index 0 = layer 1), the mean |delta| of the epoch; copied
 * @param penalty      the weight penalty (L1/L2) after the epoch, NaN for a run without one;
 *                     {@code training.loss()} is the data loss without it
 */
public record EpochRow(
        int epoch,
        Metrics training,
        Metrics validation,
        double learningRate,
        double seconds,
        double[] meanAbsDelta,
        double penalty) {

    public EpochRow {
        Objects.requireNonNull(training, "training");
        meanAbsDelta = meanAbsDelta.clone();
    }

    /** A row of a run without weight penalty. */
    public EpochRow(
            int epoch,
            Metrics training,
            Metrics validation,
            double learningRate,
            double seconds,
            double[] meanAbsDelta) {
        this(epoch, training, validation, learningRate, seconds, meanAbsDelta, Double.NaN);
    }

    /** Whether the run has a weight penalty. */
    public boolean penalized() {
        return !Double.isNaN(penalty);
    }

    /** The training loss with the penalty added: what the optimizer minimized (the loss alone without one). */
    public double lossWithPenalty() {
        return penalized() ? training.loss() + penalty : training.loss();
    }

    /** The row of a finished epoch. */
    public static EpochRow of(EpochReport report) {
        return new EpochRow(
                report.epoch(),
                report.training(),
                report.validation(),
                report.learningRate(),
                report.seconds(),
                report.meanAbsDelta(),
                report.penalty());
    }

    /**
     * This row with NaN accuracies: what {@code metrics.csv} keeps of a run with numeric targets,
     * whose accuracy means nothing.
     */
    public EpochRow withoutAccuracy() {
        return new EpochRow(
                epoch,
                new Metrics(training.loss(), Double.NaN),
                validation == null ? null : new Metrics(validation.loss(), Double.NaN),
                learningRate,
                seconds,
                meanAbsDelta,
                penalty);
    }

    /** A copy of the per-layer mean |delta|. */
    @Override
    public double[] meanAbsDelta() {
        return meanAbsDelta.clone();
    }

    /** The mean |delta| of layer {@code layer}, 1-based. */
    public double meanAbsDelta(int layer) {
        return meanAbsDelta[layer - 1];
    }

    /** The number of layers, the length of {@link #meanAbsDelta()}. */
    public int layers() {
        return meanAbsDelta.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpochRow that
                && epoch == that.epoch
                && training.equals(that.training)
                && Objects.equals(validation, that.validation)
                && Double.compare(learningRate, that.learningRate) == 0
                && Double.compare(seconds, that.seconds) == 0
                && Arrays.equals(meanAbsDelta, that.meanAbsDelta)
                && Double.compare(penalty, that.penalty) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, training, validation, learningRate, seconds, penalty) * 31
                + Arrays.hashCode(meanAbsDelta);
    }

    @Override
    public String toString() {
        return "EpochRow[epoch=" + epoch + ", training=" + training + ", validation=" + validation
                + ", learningRate=" + learningRate + ", seconds=" + seconds + ", meanAbsDelta="
                + Arrays.toString(meanAbsDelta) + (penalized() ? ", penalty=" + penalty : "") + "]";
    }
}
