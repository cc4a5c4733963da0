package org.deltanet.rundir;

import java.util.Objects;
import java.util.OptionalInt;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.Metrics;
import org.deltanet.engine.train.TrainingListener;

/**
 * Stops training when a {@link StoppingMetric} has not improved for {@code patience} epochs in a
 * row, and records the best epoch.
 *
 * <p>An epoch improves when its value beats the best so far by more than {@code min-delta} (below
 * {@code best - minDelta} for a loss, above {@code best + minDelta} for an accuracy). With
 * patience 3, a run whose best epoch is 5 stops after epoch 8. Example:
 * <pre>{@code
 * var stopping = new EarlyStoppingListener(StoppingMetric.VALIDATION_LOSS, 10, 1e-4, validation != null);
 * TrainingResult result = trainer.train(training, validation, List.of(stopping, metrics, progress));
 * int best = stopping.bestEpoch().orElseThrow();
 * }</pre>
 * A resumed run {@linkplain #replay replays} its earlier epochs first, so that patience and the
 * best epoch carry over.
 */
public final class EarlyStoppingListener implements TrainingListener {

    private final StoppingMetric metric;
    private final int patience;
    private final double minDelta;

    private double best = Double.NaN;
    private int bestEpoch;
    private int epochsWithoutImprovement;

    /**
     * @param metric            what to watch
     * @param patience          non-improving epochs in a row to stop after, at least 1
     * @param minDelta          how much an epoch must beat the best by to count, at least 0
     * @param hasValidationData whether the run has a validation set
     * @throws IllegalArgumentException if the metric needs validation data the run does not have,
     *         or patience or min-delta is out of range
     */
    public EarlyStoppingListener(StoppingMetric metric, int patience, double minDelta, boolean hasValidationData) {
        this.metric = Objects.requireNonNull(metric, "metric");
        if (metric.needsValidation() && !hasValidationData) {
            throw new IllegalArgumentException(
                    "early stopping on " + metric.label() + " needs a validation split: set data.validation-split");
        }
        if (patience < 1) {
            throw new IllegalArgumentException("early stopping patience must be at least 1 epoch, got " + patience);
        }
        if (!(minDelta >= 0.0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException(
                    "early stopping min-delta must be a finite number of at least 0, got " + minDelta);
        }
        this.patience = patience;
        this.minDelta = minDelta;
    }

    /** @return false once the metric has not improved for {@code patience} epochs */
    @Override
    public boolean onEpochEnd(EpochReport report) {
        return observe(report.epoch(), report.training(), report.validation());
    }

    /** Feeds the epochs of a resumed run's earlier sessions, before training continues. */
    public void replay(MetricsHistory history) {
        for (EpochRow row : history.rows()) {
            observe(row.epoch(), row.training(), row.validation());
        }
    }

    /** The epoch with the best value so far; empty before the first epoch. */
    public OptionalInt bestEpoch() {
        return bestEpoch == 0 ? OptionalInt.empty() : OptionalInt.of(bestEpoch);
    }

    /** What this listener watches. */
    public StoppingMetric metric() {
        return metric;
    }

    /** The best value so far; NaN before the first epoch. */
    public double bestValue() {
        return best;
    }

    /**
     * What a user is told when training stopped early, e.g. {@code early stop after epoch 37 of
     * 100: val_loss has not improved on 0.0412 (epoch 27) for 10 epochs; the model keeps the
     * weights of epoch 37}.
     *
     * @param lastEpoch  the last epoch trained
     * @param epochs     the epochs the run was configured for
     * @param keptEpoch  the epoch whose weights the run's model holds
     */
    public String announcement(int lastEpoch, int epochs, int keptEpoch) {
        return "early stop after epoch " + lastEpoch + " of " + epochs + ": " + metric.label()
                + " has not improved on " + Formats.metric(best) + " (epoch " + bestEpoch + ") for " + patience
                + (patience == 1 ? " epoch" : " epochs") + "; the model keeps the weights of epoch " + keptEpoch;
    }

    private boolean observe(int epoch, Metrics training, Metrics validation) {
        double value = metric.valueOf(training, validation);
        if (!Double.isNaN(value) && (Double.isNaN(best) || improves(value))) {
            best = value;
            bestEpoch = epoch;
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        return epochsWithoutImprovement < patience;
    }

    private boolean improves(double value) {
        return metric.minimized() ? value < best - minDelta : value > best + minDelta;
    }
}
