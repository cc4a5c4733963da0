package org.deltanet.experiment.config;

import java.util.List;

/**
 * The network: its input size and its layers, first to last.
 *
 * @param inputSize inputs per example; default the training data's feature count (when given,
 *                  it must equal it)
 * @param init      the weight initializer for layers that name none; default {@code xavier}
 * @param layers    at least one layer; the last layer's units must equal the number of targets
 */
public record ModelConfig(Integer inputSize, PluginSpec init, List<LayerConfig> layers) {

    public ModelConfig {
        Checks.atLeast(inputSize, 1, "input-size");
        init = init == null ? PluginSpec.of("xavier") : init;
        Checks.present(layers, "layers", "e.g. layers: [ { units: 4, activation: sigmoid } ]");
        Checks.require(!layers.isEmpty(), "layers", "must list at least one layer");
        layers = List.copyOf(layers);
    }
}
