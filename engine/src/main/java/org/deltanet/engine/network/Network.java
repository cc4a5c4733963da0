package org.deltanet.engine.network;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A feed-forward stack of dense layers, each layer's input the previous layer's output.
 *
 * <p>Layers are numbered from 1, as in the seed's notation; parameter names are
 * {@code layerN.weights} and {@code layerN.bias}.
 */
public final class Network {

    private final List<Layer> layers;

    /**
     * @throws IllegalArgumentException if there are no layers or one layer's inputs do not equal
     *         the previous layer's units
     */
    public Network(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputs() != layers.get(l - 1).units()) {
                throw new IllegalArgumentException(
                        "layer " + (l + 1) + " takes " + layers.get(l).inputs() + " inputs but layer " + l + " has "
                                + layers.get(l - 1).units() + " units");
            }
        }
        this.layers = List.copyOf(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The layer with 1-based number {@code number}. */
    public Layer layer(int number) {
        return layers.get(number - 1);
    }

    public int depth() {
        return layers.size();
    }

    public int inputSize() {
        return layers.get(0).inputs();
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).units();
    }

    /** Widest layer (or input), the size scratch buffers need per example. */
    public int maxWidth() {
        int max = inputSize();
        for (Layer layer : layers) {
            max = Math.max(max, layer.units());
        }
        return max;
    }

    /** The stable name of layer {@code number}'s weights: {@code layer1.weights}. */
    public static String weightsName(int number) {
        return "layer" + number + ".weights";
    }

    /** The stable name of layer {@code number}'s bias: {@code layer1.bias}. */
    public static String biasName(int number) {
        return "layer" + number + ".bias";
    }

    /** Total number of weights and biases, including masked-out ones. */
    public long parameterCount() {
        long count = 0;
        for (Layer layer : layers) {
            count += layer.weights().length + (layer.hasBias() ? layer.units() : 0);
        }
        return count;
    }

    /** A deep copy with its own parameters. */
    public Network copy() {
        List<Layer> copies = new ArrayList<>(layers.size());
        for (Layer layer : layers) {
            copies.add(layer.copy());
        }
        return new Network(copies);
    }

    /** {@code 2 -> 3 sigmoid with bias, masked | 3 -> 1 sigmoid}. */
    @Override
    public String toString() {
        return layers.stream().map(Layer::toString).collect(Collectors.joining(" | "));
    }
}
