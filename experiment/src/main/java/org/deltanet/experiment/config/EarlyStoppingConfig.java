package org.deltanet.experiment.config;

import org.deltanet.rundir.StoppingMetric;

/**
 * Stop when a metric has not improved for {@code patience} epochs; the run's model then holds the
 * weights of the best epoch by that metric, unless {@code restore-best: false}.
 *
 * @param metric      {@code validation-loss} (default), {@code validation-accuracy} or {@code training-loss}
 * @param patience    epochs without improvement before stopping, at least 1; default 5
 * @param minDelta    smallest change that counts as an improvement; default 0
 * @param restoreBest whether the model keeps the best epoch's weights (true, default) or the last
 *                    epoch's (false)
 */
public record EarlyStoppingConfig(StoppingMetric metric, Integer patience, Double minDelta, Boolean restoreBest) {

    public EarlyStoppingConfig {
        metric = metric == null ? StoppingMetric.VALIDATION_LOSS : metric;
        patience = patience == null ? 5 : patience;
        Checks.atLeast(patience, 1, "patience");
        minDelta = minDelta == null ? 0.0 : minDelta;
        Checks.require(minDelta >= 0.0, "min-delta", "must be at least 0, got " + minDelta);
        restoreBest = restoreBest == null ? Boolean.TRUE : restoreBest;
    }
}
