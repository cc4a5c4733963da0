package org.deltanet.experiment.config;

import java.util.List;

/**
 * One dense layer.
 *
 * @param units      neurons, at least 1
 * @param activation the activation plugin, e.g. {@code sigmoid}
 * @param bias       whether the layer has a bias; default true
 * @param init       this layer's weight initializer; default the model's {@code init}
 * @param mask       optional connectivity: one row per neuron, one 0/1 per input (1 = connected);
 *                   absent connections stay exactly 0
 * @param biasMask   optional: one 0/1 per neuron (1 = the neuron has a bias)
 * @param weights    optional explicit initial weights, one row per neuron (replaces {@code init})
 * @param biases     optional explicit initial biases, one per neuron (default 0)
 */
public record LayerConfig(Integer units, PluginSpec activation, Boolean bias, PluginSpec init,
                          List<List<Integer>> mask, List<Integer> biasMask, List<List<Double>> weights,
                          List<Double> biases) {

    public LayerConfig {
        Checks.present(units, "units", "the number of neurons, e.g. units: 16");
        Checks.atLeast(units, 1, "units");
        Checks.present(activation, "activation", "e.g. activation: sigmoid");
        bias = bias == null ? Boolean.TRUE : bias;
        Checks.require(bias || (biasMask == null && biases == null), "bias",
                "is false, so 'bias-mask' and 'biases' cannot be given");
    }
}
