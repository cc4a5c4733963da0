package org.deltanet.experiment.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A checkpoint as written in YAML.
 *
 * @param format         {@code deltanet-checkpoint}
 * @param version        the format's version
 * @param epoch          epochs completed
 * @param optimizerStep  the optimizer's step count
 * @param optimizerState buffers keyed {@code parameter/slot}, e.g. {@code layer1.weights/velocity};
 *                       null when the optimizer keeps none
 * @param model          the model, without its own format and version
 */
record CheckpointDocument(String format, Integer version, @JsonProperty(required = true) int epoch,
                          @JsonProperty(required = true) long optimizerStep, Map<String, double[]> optimizerState,
                          @JsonProperty(required = true) ModelDocument model) {
}
