package org.deltanet.rundir;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.deltanet.engine.train.Metrics;

/**
 * What early stopping watches, by its name in experiment files ({@code training.early-stopping.metric}),
 * and which way is better.
 */
public enum StoppingMetric {
    /** Loss on the validation set; lower is better. */
    @JsonProperty("validation-loss")
    VALIDATION_LOSS("validation-loss", true, true),
    /** Accuracy on the validation set; higher is better. */
    @JsonProperty("validation-accuracy")
    VALIDATION_ACCURACY("validation-accuracy", false, true),
    /** Mean training loss of the epoch; lower is better. */
    @JsonProperty("training-loss")
    TRAINING_LOSS("training-loss", true, false);

    private final String label;
    private final boolean minimized;
    private final boolean needsValidation;

    StoppingMetric(String label, boolean minimized, boolean needsValidation) {
        this.label = label;
        this.minimized = minimized;
        this.needsValidation = needsValidation;
    }

    /** The name in experiment files: {@code validation-loss}. */
    public String label() {
        return label;
    }

    /** Whether lower is better (a loss) rather than higher (an accuracy). */
    public boolean minimized() {
        return minimized;
    }

    /** Whether the metric is measured on validation data. */
    public boolean needsValidation() {
        return needsValidation;
    }

    /**
     * This metric's value for one epoch.
     *
     * @param validation null without validation data
     * @throws IllegalStateException if the metric needs validation metrics and there are none
     */
    double valueOf(Metrics training, Metrics validation) {
        if (needsValidation && validation == null) {
            throw new IllegalStateException("early stopping on " + label + " got an epoch without validation metrics");
        }
        return switch (this) {
            case VALIDATION_LOSS -> validation.loss();
            case VALIDATION_ACCURACY -> validation.accuracy();
            case TRAINING_LOSS -> training.loss();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
