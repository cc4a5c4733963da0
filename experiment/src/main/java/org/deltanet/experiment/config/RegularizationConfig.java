package org.deltanet.experiment.config;

/**
 * Weight penalties: {@code training.regularization} for every layer, and a layer's own
 * {@code regularization} that overrides it key by key. The penalty {@code l1 * sum |w| +
 * (l2 / 2) * sum w^2} is added to the loss the optimizer minimizes (its gradient
 * {@code l1 * sign(w) + l2 * w} is added to the loss's: coupled weight decay); {@code metrics.csv}
 * reports it beside the data loss.
 *
 * <p>Example: {@code regularization: { l2: 0.0005 }}, and on one layer
 * {@code regularization: { l2: 0 }} to leave it out.
 *
 * @param l1   L1 strength, at least 0; unset: the experiment's, else 0
 * @param l2   L2 strength (weight decay), at least 0; unset: the experiment's, else 0
 * @param bias whether biases are penalized too; unset: the experiment's, else false
 */
public record RegularizationConfig(Double l1, Double l2, Boolean bias) {

    public RegularizationConfig {
        Checks.require(l1 == null || (l1 >= 0.0 && Double.isFinite(l1)), "l1", "must be at least 0, got " + l1);
        Checks.require(l2 == null || (l2 >= 0.0 && Double.isFinite(l2)), "l2", "must be at least 0, got " + l2);
    }

    /** This layer's settings, each unset one taken from {@code fallback} (which may be null). */
    public RegularizationConfig over(RegularizationConfig fallback) {
        if (fallback == null) {
            return this;
        }
        return new RegularizationConfig(
                l1 != null ? l1 : fallback.l1, l2 != null ? l2 : fallback.l2, bias != null ? bias : fallback.bias);
    }

    /** The L1 strength, 0 when unset. */
    public double l1Value() {
        return l1 == null ? 0.0 : l1;
    }

    /** The L2 strength, 0 when unset. */
    public double l2Value() {
        return l2 == null ? 0.0 : l2;
    }

    /** Whether biases are penalized, false when unset. */
    public boolean biasValue() {
        return bias != null && bias;
    }

    /** Whether it penalizes anything. */
    public boolean active() {
        return l1Value() > 0.0 || l2Value() > 0.0;
    }
}
