package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The floating-point precision a run trains in, as written in experiment files
 * ({@code precision: float32}); {@code float64} is the default, in which the numerical checks and
 * the seed example are exact. In float32 the network's parameters, batches and products are
 * single precision (see {@code docs/float32-design.md}); evaluation and the files stay double,
 * holding the float values exactly.
 */
public enum Precision {
    @JsonProperty("float64")
    FLOAT64,
    @JsonProperty("float32")
    FLOAT32;

    @Override
    public String toString() {
        return this == FLOAT32 ? "float32" : "float64";
    }
}
