package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.DropoutMasks;

/**
 * Forward pass, output delta, delta rule and gradients for one mini-batch, in buffers allocated
 * once for a maximum batch size and reused for every step, in one precision: {@link Backpropagation}
 * ({@code double[]}, on the network's own parameters) or {@link FloatPass} ({@code float[]}, on float
 * copies of them). The precision's loops are its {@link Arithmetic}; the path is written once.
 *
 * <p>Notation (layer l = 1..L, batch of {@code rows} examples, one example per row):
 * <pre>
 *   Z_l = A_{l-1} W_l^T + b_l          net input        (rows x units_l)
 *   A_l = f_l(Z_l)                     activation
 *   D_L = dL/dZ_L                      output delta: the loss's declared shortcut, or
 *                                      f_L.backward(Z_L, A_L, dL/dA_L)
 *   D_l = f_l.backward(Z_l, A_l, D_{l+1} W_{l+1})     delta rule
 *   dJ/dW_l = (1/rows) D_l^T A_{l-1},  dJ/db_l = (1/rows) sum over rows of D_l
 * </pre>
 * The gradients of absent (masked) connections are zero.
 *
 * <p>With {@link DropoutMasks} (training only), layer l's outputs are multiplied by its mask
 * {@code M_l} before the next layer takes them ({@code Ã_l = A_l * M_l}, inverted dropout), and the
 * delta rule multiplies by the same mask: {@code D_l = f_l.backward(Z_l, A_l, (D_{l+1} W_{l+1}) * M_l)};
 * weight gradients take {@code Ã_{l-1}}. Not thread-safe: one instance per training thread.
 *
 * @param <A> {@code double[]} or {@code float[]}
 */
public abstract class Pass<A> {

    private final Network network;
    private final Loss loss;
    private final OutputShortcut shortcut;
    final Arithmetic<A> numbers;
    private final int capacity;

    private final A[] weights;
    private final A[] biases;
    private final A input;
    private final A target;
    private final A[] netInput;
    private final A[] activation;
    private final A[] delta;
    private final A upstream;
    private final A[] weightGradient;
    private final A[] biasGradient;
    private final DropoutMasks dropout;
    private final A[] dropped;

    /**
     * @param capacity the largest batch this pass will be asked to process
     * @param dropout  the masks the forward pass applies (built for this network and at least this
     *                 capacity), or null for none
     */
    Pass(Network network, Loss loss, Arithmetic<A> numbers, int capacity, DropoutMasks dropout) {
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1, got " + capacity);
        }
        this.network = network;
        this.loss = loss;
        this.numbers = numbers;
        this.capacity = capacity;
        List<Layer> layers = network.layers();
        int depth = layers.size();
        this.shortcut = loss.shortcutFor(layers.get(depth - 1).activation()).orElse(null);
        this.weights = perLayer(depth);
        this.biases = perLayer(depth);
        this.netInput = perLayer(depth);
        this.activation = perLayer(depth);
        this.delta = perLayer(depth);
        this.weightGradient = perLayer(depth);
        this.biasGradient = perLayer(depth);
        this.dropout = dropout;
        this.dropped = perLayer(depth);
        this.input = numbers.allocate(capacity * network.inputSize());
        this.target = numbers.allocate(capacity * network.outputSize());
        for (int l = 0; l < depth; l++) {
            Layer layer = layers.get(l);
            weights[l] = numbers.parameters(layer.weights());
            biases[l] = layer.hasBias() ? numbers.parameters(layer.bias()) : null;
            netInput[l] = numbers.allocate(capacity * layer.units());
            activation[l] = numbers.allocate(capacity * layer.units());
            delta[l] = numbers.allocate(capacity * layer.units());
            weightGradient[l] = numbers.allocate(layer.weights().length);
            biasGradient[l] = layer.hasBias() ? numbers.allocate(layer.units()) : null;
            if (dropout != null && dropout.factors(l + 1) != null) {
                if (dropout.factors(l + 1).length < capacity * layer.units()) {
                    throw new IllegalArgumentException(
                            "the dropout masks are built for fewer than " + capacity + " rows");
                }
                dropped[l] = numbers.allocate(capacity * layer.units());
            }
        }
        this.upstream = numbers.allocate(capacity * network.maxWidth());
    }

    @SuppressWarnings("unchecked")
    private A[] perLayer(int depth) {
        return (A[]) new Object[depth];
    }

    /** Copies the network's parameters in (rounded, in float; nothing to do in double). */
    public void load() {
        for (int l = 0; l < weights.length; l++) {
            Layer layer = network.layers().get(l);
            numbers.load(layer.weights(), weights[l]);
            if (biases[l] != null) {
                numbers.load(layer.bias(), biases[l]);
            }
        }
    }

    /** Writes the parameters back into the network (exactly: every float is a double; nothing to do in double). */
    public void store() {
        for (int l = 0; l < weights.length; l++) {
            Layer layer = network.layers().get(l);
            numbers.store(weights[l], layer.weights());
            if (biases[l] != null) {
                numbers.store(biases[l], layer.bias());
            }
        }
    }

    public Network network() {
        return network;
    }

    public int capacity() {
        return capacity;
    }

    /** Whether the loss declared a shortcut for the output activation, which is then used. */
    public boolean usesShortcut() {
        return shortcut != null;
    }

    /** The weights training updates for layer {@code number} (1-based), {@code units x inputs}. */
    public A weights(int number) {
        return weights[number - 1];
    }

    /** The biases training updates for layer {@code number} (1-based), or null without bias. */
    public A bias(int number) {
        return biases[number - 1];
    }

    /** The input batch buffer ({@code capacity x inputSize}) the caller fills before {@link #forward}. */
    public A input() {
        return input;
    }

    /** The target batch buffer ({@code capacity x outputSize}) the caller fills before {@link #loss}. */
    public A target() {
        return target;
    }

    /**
     * Fills the first {@code rows} rows of {@link #input()} and {@link #target()} with the examples
     * of {@code data} at positions {@code from .. from + rows - 1} of {@code order}
     * ({@link Dataset#gather}, in this pass's precision); allocates nothing once warm.
     */
    public void gather(Dataset data, int[] order, int from, int rows) {
        checkRows(rows);
        numbers.gather(data, order, from, rows, input, target);
    }

    /** Output activations A_L of the last {@link #forward}, {@code rows x outputSize}. */
    public A output() {
        return activation[activation.length - 1];
    }

    /** Net input Z_l of layer {@code number} (1-based) after {@link #forward}. */
    public A netInput(int number) {
        return netInput[number - 1];
    }

    /** Activations A_l of layer {@code number} (1-based) after {@link #forward}. */
    public A activation(int number) {
        return activation[number - 1];
    }

    /** Delta D_l of layer {@code number} (1-based) after {@link #backward}. */
    public A delta(int number) {
        return delta[number - 1];
    }

    /** dJ/dW of layer {@code number} (1-based) after {@link #backward}. */
    public A weightGradient(int number) {
        return weightGradient[number - 1];
    }

    /** dJ/db of layer {@code number} (1-based) after {@link #backward}, or null without bias. */
    public A biasGradient(int number) {
        return biasGradient[number - 1];
    }

    /**
     * Draws the dropout masks of step {@code step} of epoch {@code epoch} for {@code rows}
     * examples at {@code positions} of the step's mini-batch, or null for rows 0, 1, ...
     * ({@link DropoutMasks#fill(long, int, int, int, int[])}); nothing without dropout.
     */
    public void dropout(long seed, int epoch, int step, int rows, int[] positions) {
        if (dropout != null) {
            checkRows(rows);
            dropout.fill(seed, epoch, step, rows, positions);
        }
    }

    /** The dropout masks the forward pass applies, or null. */
    public DropoutMasks dropoutMasks() {
        return dropout;
    }

    /**
     * Forward pass over the first {@code rows} examples of {@link #input()}: Z = A_prev W^T + b,
     * A = f(Z), with the current dropout masks.
     */
    public void forward(int rows) {
        checkRows(rows);
        A previous = input;
        List<Layer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            int units = layer.units();
            numbers.multiplyTransposedB(previous, weights[l], netInput[l], rows, units, layer.inputs());
            if (biases[l] != null) {
                numbers.addBias(netInput[l], biases[l], rows, units);
            }
            numbers.forward(layer.activation(), netInput[l], activation[l], rows, units);
            previous = activation[l];
            if (dropped[l] != null) {
                numbers.scale(activation[l], dropout.factors(l + 1), dropped[l], rows * units);
                previous = dropped[l];
            }
        }
    }

    /** What layer {@code number} (1-based) takes in: the input, or what the layer below passes on. */
    A layerInput(int number) {
        return number == 1 ? input : passedOn(number - 2);
    }

    /** What layer {@code l} (0-based) passes on: its activations, after dropout if it has any. */
    private A passedOn(int l) {
        return dropped[l] != null ? dropped[l] : activation[l];
    }

    /** J, the mean loss of the last forward pass against {@link #target()}, in double. */
    public double loss(int rows) {
        int last = activation.length - 1;
        int cols = network.outputSize();
        return shortcut != null
                ? numbers.value(shortcut, netInput[last], activation[last], target, rows, cols)
                : numbers.value(loss, activation[last], target, rows, cols);
    }

    /** Output delta, delta rule and gradients for the last forward pass. */
    public void backward(int rows) {
        backward(rows, null);
    }

    /**
     * {@link #backward(int)} without dJ/dW of the layers marked in {@code withoutWeightGradient}
     * (by 0-based layer; null: none), whose {@link #weightGradient} is then left as it was: their
     * weights are updated from {@link #delta} and {@link #layerInput} instead.
     */
    void backward(int rows, boolean[] withoutWeightGradient) {
        checkRows(rows);
        List<Layer> layers = network.layers();
        int last = layers.size() - 1;
        Layer output = layers.get(last);
        int cols = output.units();
        if (shortcut != null) {
            numbers.delta(shortcut, netInput[last], activation[last], target, delta[last], rows, cols);
        } else {
            numbers.gradient(loss, activation[last], target, upstream, rows, cols);
            numbers.backward(output.activation(), netInput[last], activation[last], upstream, delta[last], rows, cols);
        }
        for (int l = last; l >= 0; l--) {
            gradients(l, rows, withoutWeightGradient == null || !withoutWeightGradient[l]);
            if (l > 0) {
                deltaRule(l, rows);
            }
        }
    }

    /**
     * D_{l-1} = f'_{l-1}(Z_{l-1}) * ((D_l W_l) * M_{l-1}), as the activation's vector-Jacobian
     * product; without dropout on layer l-1 there is no mask M.
     */
    private void deltaRule(int l, int rows) {
        Layer layer = network.layers().get(l);
        Layer below = network.layers().get(l - 1);
        numbers.multiply(delta[l], weights[l], upstream, rows, layer.inputs(), layer.units());
        if (dropped[l - 1] != null) {
            numbers.scale(upstream, dropout.factors(l), upstream, rows * below.units());
        }
        numbers.backward(
                below.activation(), netInput[l - 1], activation[l - 1], upstream, delta[l - 1], rows, below.units());
    }

    /** dJ/dW_l = (1/rows) D_l^T A_{l-1} (if asked); dJ/db_l = (1/rows) column sums of D_l; masked entries 0. */
    private void gradients(int l, int rows, boolean weights) {
        Layer layer = network.layers().get(l);
        double scale = 1.0 / rows;
        if (weights) {
            numbers.multiplyTransposedA(
                    delta[l], layerInput(l + 1), weightGradient[l], layer.units(), layer.inputs(), rows, scale);
        }
        if (biasGradient[l] != null) {
            numbers.columnSums(delta[l], biasGradient[l], rows, layer.units(), scale);
        }
        numbers.applyMask(layer, weightGradient[l], biasGradient[l]);
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > capacity) {
            throw new IllegalArgumentException("batch of " + rows + " rows, capacity is " + capacity);
        }
    }
}
