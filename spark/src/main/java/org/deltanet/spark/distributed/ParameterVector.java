package org.deltanet.spark.distributed;

import java.util.function.IntFunction;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * The layout of a network's parameters as one flat vector, layer 1 weights, layer 1 bias, layer 2
 * weights, ..., (bias only where a layer has one): the order in which they are broadcast,
 * gradients are summed and optimizers update them. Parts are given per layer (1-based), as the
 * network and {@link org.deltanet.engine.train.Backpropagation} hold them.
 */
final class ParameterVector {

    private final int[] weightLengths;
    private final int[] biasLengths;
    private final int size;

    ParameterVector(Network network) {
        weightLengths = new int[network.depth()];
        biasLengths = new int[network.depth()];
        int total = 0;
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layers().get(l);
            weightLengths[l] = layer.weights().length;
            biasLengths[l] = layer.hasBias() ? layer.units() : 0;
            total += weightLengths[l] + biasLengths[l];
        }
        size = total;
    }

    int size() {
        return size;
    }

    /** The network's parameters as a new vector. */
    double[] of(Network network) {
        double[] flat = new double[size];
        addScaled(
                layer -> network.layer(layer).weights(),
                layer -> network.layer(layer).bias(),
                1.0,
                flat);
        return flat;
    }

    /** Sets the network's parameters from a vector. */
    void load(double[] flat, Network network) {
        scatter(flat, layer -> network.layer(layer).weights(), layer -> network.layer(layer)
                .bias());
    }

    /** Adds {@code scale} times the parts ({@code double[]} or {@code float[]}) to {@code flat}. */
    void addScaled(IntFunction<?> weights, IntFunction<?> biases, double scale, double[] flat) {
        int at = 0;
        for (int l = 0; l < weightLengths.length; l++) {
            at = add(weights.apply(l + 1), weightLengths[l], scale, flat, at);
            if (biasLengths[l] > 0) {
                at = add(biases.apply(l + 1), biasLengths[l], scale, flat, at);
            }
        }
    }

    /** Copies {@code flat} into the parts. */
    void scatter(double[] flat, IntFunction<double[]> weights, IntFunction<double[]> biases) {
        int at = 0;
        for (int l = 0; l < weightLengths.length; l++) {
            System.arraycopy(flat, at, weights.apply(l + 1), 0, weightLengths[l]);
            at += weightLengths[l];
            if (biasLengths[l] > 0) {
                System.arraycopy(flat, at, biases.apply(l + 1), 0, biasLengths[l]);
                at += biasLengths[l];
            }
        }
    }

    private static int add(Object part, int length, double scale, double[] flat, int at) {
        if (part instanceof float[] floats) {
            for (int i = 0; i < length; i++) {
                flat[at + i] += scale * floats[i];
            }
        } else {
            double[] doubles = (double[]) part;
            for (int i = 0; i < length; i++) {
                flat[at + i] += scale * doubles[i];
            }
        }
        return at + length;
    }
}
