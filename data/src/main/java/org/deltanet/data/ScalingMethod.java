package org.deltanet.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import org.deltanet.engine.data.Dataset;

/**
 * How features are rescaled before training; the parameters are fitted on the training data and
 * applied unchanged to validation, test and prediction inputs (see {@link FeatureScaling}).
 */
public enum ScalingMethod {
    /** Features as they are: offset 0, scale 1. */
    @JsonProperty("none")
    NONE("none") {
        @Override
        public FeatureScaling fit(Dataset training) {
            double[] scale = new double[training.featureCount()];
            Arrays.fill(scale, 1.0);
            return new FeatureScaling(label(), new double[scale.length], scale);
        }
    },
    /** To [0, 1] over the training data: {@code (x - min) / (max - min)}; a constant feature becomes 0. */
    @JsonProperty("min-max")
    MIN_MAX("min-max") {
        @Override
        public FeatureScaling fit(Dataset training) {
            ColumnStatistics statistics = ColumnStatistics.of(training);
            double[] scale = new double[training.featureCount()];
            for (int j = 0; j < scale.length; j++) {
                scale[j] = statistics.isConstant(j)
                        ? 0.0
                        : 1.0 / (statistics.max()[j] - statistics.min()[j]);
            }
            return new FeatureScaling(label(), statistics.min(), scale);
        }
    },
    /**
     * To zero mean and unit variance over the training data: {@code (x - mean) / sd}, with the
     * population standard deviation; a constant feature becomes 0.
     */
    @JsonProperty("standardize")
    STANDARDIZE("standardize") {
        @Override
        public FeatureScaling fit(Dataset training) {
            ColumnStatistics statistics = ColumnStatistics.of(training);
            double[] scale = new double[training.featureCount()];
            for (int j = 0; j < scale.length; j++) {
                scale[j] = statistics.isConstant(j) ? 0.0 : 1.0 / statistics.standardDeviation()[j];
            }
            return new FeatureScaling(label(), statistics.mean(), scale);
        }
    };

    private final String label;

    ScalingMethod(String label) {
        this.label = label;
    }

    /** Fits the per-feature parameters on the training data (read through {@code gather}). */
    public abstract FeatureScaling fit(Dataset training);

    /** The name used in files, e.g. {@code min-max}. */
    public String label() {
        return label;
    }

    /**
     * The method named {@code label} in a file.
     *
     * @throws IllegalArgumentException naming the valid methods and the closest one
     */
    public static ScalingMethod fromLabel(String label) {
        return Choices.pick("scaling method", label, values(), ScalingMethod::label);
    }
}
