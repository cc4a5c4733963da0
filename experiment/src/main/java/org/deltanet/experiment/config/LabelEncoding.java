package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a CSV label column becomes targets. */
public enum LabelEncoding {
    /** Class labels, one output per class (classes in order of first appearance in the training file). */
    @JsonProperty("one-hot") ONE_HOT,
    /** The label's numeric value as a single regression target. */
    @JsonProperty("numeric") NUMERIC
}
