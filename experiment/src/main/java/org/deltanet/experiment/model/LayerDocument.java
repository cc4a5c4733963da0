package org.deltanet.experiment.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.deltanet.experiment.config.PluginSpec;

/**
 * One layer as written in YAML; checked and turned into a layer by {@link LayerMapping}.
 *
 * @param units      neurons
 * @param activation the activation plugin, with its parameters
 * @param bias       one per unit, or null for a layer without bias
 * @param biasMask   one 0 or 1 per unit (1: the bias exists), or null when every bias exists
 * @param weights    one row per unit, one number per input
 * @param mask       like {@code weights}, 0 or 1 (1: the connection exists), or null when fully
 *                   connected
 */
record LayerDocument(@JsonProperty(required = true) int units,
                     @JsonProperty(required = true) PluginSpec activation,
                     double[] bias, int[] biasMask,
                     @JsonProperty(required = true) double[][] weights,
                     int[][] mask) {
}
