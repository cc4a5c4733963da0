package org.deltanet.experiment.config;

import java.util.List;

/**
 * One dense layer: the one layer schema of experiment files and model files alike, so that a
 * layer copied from a {@code model.yaml} into an experiment is accepted (its weights and bias
 * become the initial ones).
 *
 * @param units      neurons, at least 1
 * @param activation the activation plugin, e.g. {@code sigmoid}
 * @param bias       {@code true} (default), {@code false}, or the bias values, one per unit
 *                   (which means {@code true}); see {@link Bias}
 * @param init       this layer's weight initializer; default the model's {@code init} (experiments)
 * @param mask       optional connectivity: one row per neuron, one 0/1 per input (1 = connected),
 *                   as strings ({@code "1101"}) or lists; absent connections stay exactly 0
 * @param biasMask   optional: one 0/1 per neuron (1 = the neuron has a bias)
 * @param weights    optional explicit weights, one row per neuron (replaces {@code init}); in a
 *                   model file of version 2 or 3 the weights are in the {@code .npz} file instead
 * @param biases     the older spelling of {@code bias: [values]}, still read; folded into
 *                   {@code bias} and never written
 * @param dropout    experiments: the fraction of this layer's outputs dropped at each training step
 *                   (inverted dropout), in [0, 1); null (default) for none; never on the output layer
 * @param regularization experiments: this layer's L1/L2 penalty, overriding
 *                   {@code training.regularization} key by key; null (default) for the experiment's
 */
public record LayerConfig(
        Integer units,
        PluginSpec activation,
        Bias bias,
        PluginSpec init,
        Mask mask,
        Mask biasMask,
        double[][] weights,
        List<Double> biases,
        Double dropout,
        RegularizationConfig regularization) {

    public LayerConfig {
        Checks.present(units, "units", "the number of neurons, e.g. units: 16");
        Checks.atLeast(units, 1, "units");
        Checks.present(activation, "activation", "e.g. activation: sigmoid");
        if (biases != null) {
            Checks.require(
                    bias == null || (bias.present() && bias.values() == null),
                    "biases",
                    "and 'bias' say different things; write the values as bias: [...]");
            bias = new Bias(
                    true, biases.stream().mapToDouble(Double::doubleValue).toArray());
            biases = null;
        }
        Checks.require(
                bias == null || bias.present() || biasMask == null, "bias", "is false, so 'bias-mask' cannot be given");
        Checks.require(
                dropout == null || (dropout >= 0.0 && dropout < 1.0),
                "dropout",
                "is the fraction of the layer's outputs dropped while training, in [0, 1), got " + dropout);
    }

    /** This layer's dropout rate, 0 when unset. */
    public double dropoutRate() {
        return dropout == null ? 0.0 : dropout;
    }

    /** Whether the layer has a bias; {@code byDefault} where {@code bias} is not written. */
    public boolean hasBias(boolean byDefault) {
        return bias == null ? byDefault : bias.present();
    }
}
