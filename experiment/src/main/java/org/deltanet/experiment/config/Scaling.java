package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Feature scaling, fitted on the training data and applied to every data set. */
public enum Scaling {
    @JsonProperty("none") NONE,
    /** Each feature to [0, 1] by the training minimum and maximum. */
    @JsonProperty("min-max") MIN_MAX,
    /** Each feature to mean 0 and standard deviation 1 on the training data. */
    @JsonProperty("standardize") STANDARDIZE
}
