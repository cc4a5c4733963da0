package org.deltanet.cli.explain;

import org.deltanet.engine.network.Network;

/**
 * The seed article's names for a network's quantities: inputs {@code x1, x2, ...}, the first
 * hidden layer {@code h1, h2, ...}, the second {@code g1, ...} (then {@code k, m, p, ...}), the
 * output {@code o} (or {@code o1, o2, ...}), targets {@code y}; weight {@code w_h1x2} connects
 * {@code x2} to {@code h1}, bias {@code b_h1} belongs to {@code h1}.
 */
public final class NeuronNames {

    private static final String HIDDEN_LETTERS = "hgkmpqrstuv";

    private final Network network;

    public NeuronNames(Network network) {
        this.network = network;
    }

    /** Neuron {@code unit} (0-based) of layer {@code layer} (0 = the inputs, 1.. = the layers). */
    public String neuron(int layer, int unit) {
        if (layer == network.depth()) {
            return network.outputSize() == 1 ? "o" : "o" + (unit + 1);
        }
        return prefix(layer) + (unit + 1);
    }

    /** Target {@code unit} (0-based). */
    public String target(int unit) {
        return network.outputSize() == 1 ? "y" : "y" + (unit + 1);
    }

    /** The weight from neuron {@code input} of layer {@code layer - 1} to neuron {@code unit} of layer {@code layer}. */
    public String weight(int layer, int unit, int input) {
        return "w_" + neuron(layer, unit) + neuron(layer - 1, input);
    }

    /** The bias of neuron {@code unit} of layer {@code layer}. */
    public String bias(int layer, int unit) {
        return "b_" + neuron(layer, unit);
    }

    /** How a layer's neurons are written, e.g. {@code h1..h3}. */
    public String range(int layer, int units) {
        return units == 1 ? neuron(layer, 0) : neuron(layer, 0) + ".." + neuron(layer, units - 1);
    }

    private String prefix(int layer) {
        if (layer == 0) {
            return "x";
        }
        return layer <= HIDDEN_LETTERS.length() ? String.valueOf(HIDDEN_LETTERS.charAt(layer - 1)) : "h" + layer + "_";
    }
}
