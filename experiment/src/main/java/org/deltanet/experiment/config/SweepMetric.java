package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.deltanet.engine.train.Metrics;

/**
 * What a sweep ranks its variants by ({@code sweep.metric}): the loss or accuracy on the training
 * data (last epoch), the validation data (after the last epoch) or the test data (after training).
 */
public enum SweepMetric {
    @JsonProperty("training-loss")
    TRAINING_LOSS("training-loss"),
    @JsonProperty("training-accuracy")
    TRAINING_ACCURACY("training-accuracy"),
    @JsonProperty("validation-loss")
    VALIDATION_LOSS("validation-loss"),
    @JsonProperty("validation-accuracy")
    VALIDATION_ACCURACY("validation-accuracy"),
    @JsonProperty("test-loss")
    TEST_LOSS("test-loss"),
    @JsonProperty("test-accuracy")
    TEST_ACCURACY("test-accuracy");

    private final String label;

    SweepMetric(String label) {
        this.label = label;
    }

    /** The name in experiment files, e.g. {@code test-accuracy}. */
    public String label() {
        return label;
    }

    /** Whether larger is better: true for accuracies, false for losses. */
    public boolean largerIsBetter() {
        return label.endsWith("accuracy");
    }

    /** The loss on the same data: {@code validation-loss} for {@code validation-accuracy}; a loss is itself. */
    public SweepMetric sameDataLoss() {
        return switch (this) {
            case TRAINING_LOSS, TRAINING_ACCURACY -> TRAINING_LOSS;
            case VALIDATION_LOSS, VALIDATION_ACCURACY -> VALIDATION_LOSS;
            case TEST_LOSS, TEST_ACCURACY -> TEST_LOSS;
        };
    }

    /**
     * Why the metric cannot be measured for the data, or null if it can.
     *
     * @param data the experiment's data section
     */
    String unavailableFor(DataConfig data) {
        if (label.startsWith("validation") && data.validationSplit() == 0.0) {
            return "needs validation data: set data.validation-split above 0";
        }
        if (label.startsWith("test") && data.test() == null) {
            return "needs test data: add data.test";
        }
        return null;
    }

    /**
     * The metric's value, or NaN when that set was not measured.
     *
     * @param validation null without validation data
     * @param test       null without test data
     */
    public double of(Metrics training, Metrics validation, Metrics test) {
        Metrics set =
                switch (this) {
                    case TRAINING_LOSS, TRAINING_ACCURACY -> training;
                    case VALIDATION_LOSS, VALIDATION_ACCURACY -> validation;
                    case TEST_LOSS, TEST_ACCURACY -> test;
                };
        return set == null ? Double.NaN : largerIsBetter() ? set.accuracy() : set.loss();
    }

    @Override
    public String toString() {
        return label;
    }
}
