package org.deltanet.experiment.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A checkpoint as written in YAML.
 *
 * @param format           {@code deltanet-checkpoint}
 * @param version          the format's version
 * @param epoch            epochs completed
 * @param optimizerStep    the optimizer's step count
 * @param optimizerState   version 1: buffers keyed {@code parameter/slot}, e.g.
 *                         {@code layer1.weights/velocity}; null when the optimizer keeps none
 * @param optimizerBuffers version 2: the names of the buffers, whose numbers are the arrays
 *                         {@code optimizer/NAME} of the numbers file; null when there are none
 * @param numbers          version 2: the numbers file
 * @param model            the model, without its own format and version
 */
record CheckpointDocument(String format, Integer version, @JsonProperty(required = true) int epoch,
                          @JsonProperty(required = true) long optimizerStep, Map<String, double[]> optimizerState,
                          List<String> optimizerBuffers, NumbersReference numbers,
                          @JsonProperty(required = true) ModelDocument model) {
}
