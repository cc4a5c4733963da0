package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.MeasuredKernels;
import org.deltanet.engine.math.MeasuredKernels.Kind;
import org.deltanet.engine.math.MeasuredKernels.Shape;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.DropoutMasks;

/**
 * Forward pass, output delta, delta rule and gradients for one mini-batch, in buffers allocated
 * once for a maximum batch size and reused for every step.
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
 */
public final class Backpropagation {

    private final Network network;
    private final Loss loss;
    private final OutputShortcut shortcut;
    private final MatrixKernels kernels;
    private final int capacity;

    private final double[] input;
    private final double[] target;
    private final double[][] netInput;
    private final double[][] activation;
    private final double[][] delta;
    private final double[] upstream;
    private final double[][] weightGradient;
    private final double[][] biasGradient;
    private final DropoutMasks dropout;
    private final double[][] dropped;

    /**
     * @param capacity the largest batch this instance will be asked to process
     */
    public Backpropagation(Network network, Loss loss, MatrixKernels kernels, int capacity) {
        this(network, loss, kernels, capacity, null);
    }

    /**
     * @param capacity the largest batch this instance will be asked to process
     * @param dropout  the masks the forward pass applies (built for this network and at least this
     *                 capacity), or null for none
     */
    public Backpropagation(Network network, Loss loss, MatrixKernels kernels, int capacity, DropoutMasks dropout) {
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be at least 1, got " + capacity);
        }
        this.network = network;
        this.loss = loss;
        this.kernels = kernels;
        this.capacity = capacity;
        List<Layer> layers = network.layers();
        Layer output = layers.get(layers.size() - 1);
        Optional<OutputShortcut> declared = loss.shortcutFor(output.activation());
        this.shortcut = declared.orElse(null);

        int depth = layers.size();
        this.input = new double[capacity * network.inputSize()];
        this.target = new double[capacity * network.outputSize()];
        this.netInput = new double[depth][];
        this.activation = new double[depth][];
        this.delta = new double[depth][];
        this.weightGradient = new double[depth][];
        this.biasGradient = new double[depth][];
        this.dropout = dropout;
        this.dropped = new double[depth][];
        for (int l = 0; l < depth; l++) {
            Layer layer = layers.get(l);
            netInput[l] = new double[capacity * layer.units()];
            activation[l] = new double[capacity * layer.units()];
            delta[l] = new double[capacity * layer.units()];
            weightGradient[l] = new double[layer.weights().length];
            biasGradient[l] = layer.hasBias() ? new double[layer.units()] : null;
            if (dropout != null && dropout.factors(l + 1) != null) {
                if (dropout.factors(l + 1).length < capacity * layer.units()) {
                    throw new IllegalArgumentException(
                            "the dropout masks are built for fewer than " + capacity + " rows");
                }
                dropped[l] = new double[capacity * layer.units()];
            }
        }
        this.upstream = new double[capacity * network.maxWidth()];
    }

    public Network network() {
        return network;
    }

    /**
     * The matrix products one training step on {@code rows} examples makes, in the order it makes
     * them (forward pass layer by layer, then per layer from the output down: gradient, delta
     * rule): what {@link MeasuredKernels#measure} should time before training starts.
     */
    public static List<Shape> products(Network network, int rows) {
        List<Shape> shapes = new ArrayList<>();
        List<Layer> layers = network.layers();
        for (Layer layer : layers) {
            shapes.add(new Shape(Kind.FORWARD, rows, layer.units(), layer.inputs()));
        }
        for (int l = layers.size() - 1; l >= 0; l--) {
            Layer layer = layers.get(l);
            shapes.add(new Shape(Kind.GRADIENT, layer.units(), layer.inputs(), rows));
            if (l > 0) {
                shapes.add(new Shape(Kind.DELTA, rows, layer.inputs(), layer.units()));
            }
        }
        return shapes;
    }

    public int capacity() {
        return capacity;
    }

    /** Whether the loss declared a shortcut for the output activation, which is then used. */
    public boolean usesShortcut() {
        return shortcut != null;
    }

    /** The input batch buffer ({@code capacity x inputSize}) the caller fills before {@link #forward}. */
    public double[] input() {
        return input;
    }

    /** The target batch buffer ({@code capacity x outputSize}) the caller fills before {@link #loss}. */
    public double[] target() {
        return target;
    }

    /** Output activations A_L of the last {@link #forward}, {@code rows x outputSize}. */
    public double[] output() {
        return activation(network.depth());
    }

    /** Net input Z_l of layer {@code number} (1-based) after {@link #forward}. */
    public double[] netInput(int number) {
        return netInput[number - 1];
    }

    /** Activations A_l of layer {@code number} (1-based) after {@link #forward}. */
    public double[] activation(int number) {
        return activation[number - 1];
    }

    /** Delta D_l of layer {@code number} (1-based) after {@link #backward}. */
    public double[] delta(int number) {
        return delta[number - 1];
    }

    /** dJ/dW of layer {@code number} (1-based) after {@link #backward}. */
    public double[] weightGradient(int number) {
        return weightGradient[number - 1];
    }

    /** dJ/db of layer {@code number} (1-based) after {@link #backward}, or null without bias. */
    public double[] biasGradient(int number) {
        return biasGradient[number - 1];
    }

    /**
     * Draws the dropout masks of step {@code step} of epoch {@code epoch} for {@code rows}
     * examples ({@link DropoutMasks#fill}); nothing without dropout.
     */
    public void dropout(long seed, int epoch, int step, int rows) {
        if (dropout != null) {
            checkRows(rows);
            dropout.fill(seed, epoch, step, rows);
        }
    }

    /** The dropout masks the forward pass applies, or null. */
    public DropoutMasks dropoutMasks() {
        return dropout;
    }

    /** Forward pass over the first {@code rows} examples of {@link #input()}, with the current dropout masks. */
    public void forward(int rows) {
        checkRows(rows);
        double[] previous = input;
        List<Layer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            netInput(layer, previous, netInput[l], rows);
            layer.activation().forward(netInput[l], activation[l], rows, layer.units());
            previous = activation[l];
            if (dropped[l] != null) {
                multiply(activation[l], dropout.factors(l + 1), dropped[l], rows * layer.units());
                previous = dropped[l];
            }
        }
    }

    /** {@code out = values * factors}, element by element. */
    private static void multiply(double[] values, double[] factors, double[] out, int length) {
        for (int i = 0; i < length; i++) {
            out[i] = values[i] * factors[i];
        }
    }

    /** What layer {@code l} (0-based) passes on: its activations, after dropout if it has any. */
    private double[] passedOn(int l) {
        return dropped[l] != null ? dropped[l] : activation[l];
    }

    /** Z = A_prev W^T + b. */
    private void netInput(Layer layer, double[] previous, double[] z, int rows) {
        int units = layer.units();
        kernels.multiplyTransposedB(previous, layer.weights(), z, rows, units, layer.inputs());
        double[] bias = layer.bias();
        if (bias != null) {
            for (int r = 0; r < rows; r++) {
                int row = r * units;
                for (int j = 0; j < units; j++) {
                    z[row + j] += bias[j];
                }
            }
        }
    }

    /** J, the mean loss of the last forward pass against {@link #target()}. */
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
        int last = delta.length - 1;
        outputDelta(rows);
        for (int l = last; l >= 0; l--) {
            gradients(l, rows);
            if (l > 0) {
                deltaRule(l, rows);
            }
        }
    }

    /** D_L: the declared shortcut, or the loss gradient through the output activation. */
    private void outputDelta(int rows) {
        int last = delta.length - 1;
        Layer output = network.layers().get(last);
        int cols = output.units();
        if (shortcut != null) {
            shortcut.delta(netInput[last], activation[last], target, delta[last], rows, cols);
        } else {
            loss.gradient(activation[last], target, upstream, rows, cols);
            output.activation().backward(netInput[last], activation[last], upstream, delta[last], rows, cols);
        }
    }

    /**
     * D_{l-1} = f'_{l-1}(Z_{l-1}) * ((D_l W_l) * M_{l-1}), as the activation's vector-Jacobian
     * product; without dropout on layer l-1 there is no mask M.
     */
    private void deltaRule(int l, int rows) {
        Layer layer = network.layers().get(l);
        Layer below = network.layers().get(l - 1);
        kernels.multiply(delta[l], layer.weights(), upstream, rows, layer.inputs(), layer.units());
        if (dropped[l - 1] != null) {
            multiply(upstream, dropout.factors(l), upstream, rows * below.units());
        }
        below.activation().backward(netInput[l - 1], activation[l - 1], upstream, delta[l - 1], rows, below.units());
    }

    /** dJ/dW_l = (1/rows) D_l^T A_{l-1}; dJ/db_l = (1/rows) column sums of D_l; masked entries 0. */
    private void gradients(int l, int rows) {
        Layer layer = network.layers().get(l);
        double[] previous = l == 0 ? input : passedOn(l - 1);
        double scale = 1.0 / rows;
        kernels.multiplyTransposedA(delta[l], previous, weightGradient[l], layer.units(), layer.inputs(), rows, scale);
        double[] db = biasGradient[l];
        if (db != null) {
            int units = layer.units();
            java.util.Arrays.fill(db, 0.0);
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
