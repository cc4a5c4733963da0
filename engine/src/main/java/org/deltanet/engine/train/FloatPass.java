package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * {@link Backpropagation} in single precision ({@code precision: float32}): the same forward pass,
 * output delta, delta rule and gradients, on float buffers allocated once for a maximum batch and
 * on float copies of the network's parameters, which {@link #load()} takes from the network and
 * {@link #store()} writes back (widened exactly). Activations, the loss and its shortcut are called
 * through the SPI's {@code float[]} methods (built-ins in float; other plugins through the
 * converting default). Not thread-safe.
 */
public final class FloatPass {

    private final Network network;
    private final Loss loss;
    private final OutputShortcut shortcut;
    private final FloatKernels kernels;
    private final int capacity;

    private final float[][] weights;
    private final float[][] biases;
    private final float[] input;
    private final float[] target;
    private final float[][] netInput;
    private final float[][] activation;
    private final float[][] delta;
    private final float[] upstream;
    private final float[][] weightGradient;
    private final float[][] biasGradient;

    /** @param capacity the largest batch this pass will be asked to process */
    public FloatPass(Network network, Loss loss, FloatKernels kernels, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1, got " + capacity);
        }
        this.network = network;
        this.loss = loss;
        this.kernels = kernels;
        this.capacity = capacity;
        List<Layer> layers = network.layers();
        int depth = layers.size();
        this.shortcut = loss.shortcutFor(layers.get(depth - 1).activation()).orElse(null);
        this.weights = new float[depth][];
        this.biases = new float[depth][];
        this.input = new float[capacity * network.inputSize()];
        this.target = new float[capacity * network.outputSize()];
        this.netInput = new float[depth][];
        this.activation = new float[depth][];
        this.delta = new float[depth][];
        this.weightGradient = new float[depth][];
        this.biasGradient = new float[depth][];
        for (int l = 0; l < depth; l++) {
            Layer layer = layers.get(l);
            weights[l] = new float[layer.weights().length];
            biases[l] = layer.hasBias() ? new float[layer.units()] : null;
            netInput[l] = new float[capacity * layer.units()];
            activation[l] = new float[capacity * layer.units()];
            delta[l] = new float[capacity * layer.units()];
            weightGradient[l] = new float[layer.weights().length];
            biasGradient[l] = layer.hasBias() ? new float[layer.units()] : null;
        }
        this.upstream = new float[capacity * network.maxWidth()];
        load();
    }

    /** Copies the network's parameters in, rounded to float. */
    public void load() {
        for (int l = 0; l < weights.length; l++) {
            Layer layer = network.layers().get(l);
            round(layer.weights(), weights[l]);
            if (biases[l] != null) {
                round(layer.bias(), biases[l]);
            }
        }
    }

    /** Writes the float parameters back into the network (exactly: every float is a double). */
    public void store() {
        for (int l = 0; l < weights.length; l++) {
            Layer layer = network.layers().get(l);
            widen(weights[l], layer.weights());
            if (biases[l] != null) {
                widen(biases[l], layer.bias());
            }
        }
    }

    private static void round(double[] from, float[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = (float) from[i];
        }
    }

    private static void widen(float[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = from[i];
        }
    }

    public Network network() {
        return network;
    }

    /** The float weights of layer {@code number} (1-based), {@code units x inputs}. */
    public float[] weights(int number) {
        return weights[number - 1];
    }

    /** The float biases of layer {@code number} (1-based), or null without bias. */
    public float[] bias(int number) {
        return biases[number - 1];
    }

    /** The input batch buffer the caller fills before {@link #forward}. */
    public float[] input() {
        return input;
    }

    /** The target batch buffer the caller fills before {@link #loss}. */
    public float[] target() {
        return target;
    }

    /** Output activations of the last {@link #forward}. */
    public float[] output() {
        return activation[activation.length - 1];
    }

    /** Net input of layer {@code number} (1-based) after {@link #forward}. */
    public float[] netInput(int number) {
        return netInput[number - 1];
    }

    /** Activations of layer {@code number} (1-based) after {@link #forward}. */
    public float[] activation(int number) {
        return activation[number - 1];
    }

    /** Delta of layer {@code number} (1-based) after {@link #backward}. */
    public float[] delta(int number) {
        return delta[number - 1];
    }

    /** dJ/dW of layer {@code number} (1-based) after {@link #backward}. */
    public float[] weightGradient(int number) {
        return weightGradient[number - 1];
    }

    /** dJ/db of layer {@code number} (1-based) after {@link #backward}, or null without bias. */
    public float[] biasGradient(int number) {
        return biasGradient[number - 1];
    }

    /** Forward pass over the first {@code rows} examples of {@link #input()}. */
    public void forward(int rows) {
        checkRows(rows);
        float[] previous = input;
        List<Layer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            int units = layer.units();
            float[] z = netInput[l];
            kernels.multiplyTransposedB(previous, weights[l], z, rows, units, layer.inputs());
            float[] bias = biases[l];
            if (bias != null) {
                for (int r = 0; r < rows; r++) {
                    int row = r * units;
                    for (int j = 0; j < units; j++) {
                        z[row + j] += bias[j];
                    }
                }
            }
            layer.activation().forward(z, activation[l], rows, units);
            previous = activation[l];
        }
    }

    /** J, the mean loss of the last forward pass against {@link #target()}, in double. */
    public double loss(int rows) {
        int last = activation.length - 1;
        int cols = network.outputSize();
        return shortcut != null
                ? shortcut.value(netInput[last], activation[last], target, rows, cols)
                : loss.value(activation[last], target, rows, cols);
    }

    /** Output delta, delta rule and gradients for the last forward pass. */
    public void backward(int rows) {
        checkRows(rows);
        List<Layer> layers = network.layers();
        int last = layers.size() - 1;
        Layer output = layers.get(last);
        if (shortcut != null) {
            shortcut.delta(netInput[last], activation[last], target, delta[last], rows, output.units());
        } else {
            loss.gradient(activation[last], target, upstream, rows, output.units());
            output.activation().backward(netInput[last], activation[last], upstream, delta[last], rows, output.units());
        }
        for (int l = last; l >= 0; l--) {
            gradients(l, rows);
            if (l > 0) {
                Layer layer = layers.get(l);
                Layer below = layers.get(l - 1);
                kernels.multiply(delta[l], weights[l], upstream, rows, layer.inputs(), layer.units());
                below.activation()
                        .backward(netInput[l - 1], activation[l - 1], upstream, delta[l - 1], rows, below.units());
            }
        }
    }

    private void gradients(int l, int rows) {
        Layer layer = network.layers().get(l);
        float[] previous = l == 0 ? input : activation[l - 1];
        float scale = 1f / rows;
        kernels.multiplyTransposedA(delta[l], previous, weightGradient[l], layer.units(), layer.inputs(), rows, scale);
        float[] db = biasGradient[l];
        if (db != null) {
            int units = layer.units();
            java.util.Arrays.fill(db, 0f);
            for (int r = 0; r < rows; r++) {
                int row = r * units;
                for (int j = 0; j < units; j++) {
                    db[j] += delta[l][row + j];
                }
            }
            for (int j = 0; j < units; j++) {
                db[j] *= scale;
            }
        }
        layer.applyMask(weightGradient[l], db);
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > capacity) {
            throw new IllegalArgumentException("batch of " + rows + " rows, capacity is " + capacity);
        }
    }
}
