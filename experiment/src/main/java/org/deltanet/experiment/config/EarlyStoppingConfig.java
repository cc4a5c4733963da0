package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Stop when a metric has not improved for {@code patience} epochs.
 *
 * @param metric   {@code validation-loss} (default), {@code validation-accuracy} or {@code training-loss}
 * @param patience epochs without improvement before stopping, at least 1; default 5
 * @param minDelta smallest change that counts as an improvement; default 0
 */
public record EarlyStoppingConfig(Metric metric, Integer patience, Double minDelta) {

    public EarlyStoppingConfig {
        metric = metric == null ? Metric.VALIDATION_LOSS : metric;
        patience = patience == null ? 5 : patience;
        Checks.atLeast(patience, 1, "patience");
        minDelta = minDelta == null ? 0.0 : minDelta;
        Checks.require(minDelta >= 0.0, "min-delta", "must be at least 0, got " + minDelta);
    }

    /** The metrics early stopping can watch. */
    public enum Metric {
        @JsonProperty("validation-loss") VALIDATION_LOSS,
        @JsonProperty("validation-accuracy") VALIDATION_ACCURACY,
        @JsonProperty("training-loss") TRAINING_LOSS
    }
}
