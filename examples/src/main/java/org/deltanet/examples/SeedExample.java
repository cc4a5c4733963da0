package org.deltanet.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterValues;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.registry.PluginRegistry;
import org.deltanet.engine.train.Backpropagation;
import org.deltanet.engine.train.Trainer;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.engine.train.TrainingMode;

/**
 * The seed article's worked example: a sparse 2-3-2-1 network, sigmoid everywhere, bias only on
 * layer 1 (and not on h3), log loss (output delta o - y), learning rate 0.5, one example
 * x = (1, 0), y = 1, one step of gradient descent.
 *
 * <p>The article reports 0.7043 after the step; that figure comes from an arithmetic slip in its
 * published calculation. The correct step, computed here (and derived by hand in the test), gives
 * 0.6718 before and 0.6981 after.
 */
public final class SeedExample {

    /** Weights as in the article: rows = neurons, NaN = no connection. */
    static final double[][] LAYER1 = {{0.3, 0.0}, {0.7, 0.0}, {-0.1, 0.0}};
    static final double[] LAYER1_BIAS = {0.5, -0.2, Double.NaN};
    static final double[][] LAYER2 = {{-0.5, 0.4, Double.NaN}, {0.3, 0.6, 0.4}};
    static final double[][] OUTPUT = {{0.5, 0.7}};
    static final double[] INPUT = {1.0, 0.0};
    static final double[] TARGET = {1.0};
    static final double LEARNING_RATE = 0.5;

    private final PrintStream out;
    private final PluginRegistry registry = PluginRegistry.builtIn();

    SeedExample(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new SeedExample(System.out).run();
    }

    /** Prints the forward pass, the deltas, the step and the second forward pass; returns the network. */
    Network run() {
        Activation sigmoid = registry.activation("sigmoid");
        Loss logLoss = registry.loss("binary-cross-entropy");
        Optimizer sgd = registry.optimizer("sgd").configure(ParameterValues.builder(
                registry.optimizer("sgd").parameters()).set("learning-rate", LEARNING_RATE).build());
        Network network = network(sigmoid);

        Backpropagation pass = new Backpropagation(network, logLoss, new PlainKernels(), 1);
        System.arraycopy(INPUT, 0, pass.input(), 0, INPUT.length);
        System.arraycopy(TARGET, 0, pass.target(), 0, TARGET.length);
        pass.forward(1);
        out.printf(Locale.ROOT, "Seed example: 2-3-2-1 sigmoid network, x = (1, 0), y = 1, log loss, learning rate %.1f%n",
                LEARNING_RATE);
        out.printf(Locale.ROOT, "loss shortcut declared for sigmoid output: %s (output delta = o - y)%n%n", pass.usesShortcut());
        printForward(pass);
        pass.backward(1);
        out.println();
        out.println("Deltas (dL/dz):");
        for (int l = network.depth(); l >= 1; l--) {
            out.printf(Locale.ROOT, "  layer %d: %s%n", l, rows(pass.delta(l), 1, network.layer(l).units()));
        }

        ArrayDataset example = ArrayDataset.of(new double[][] {INPUT}, new double[][] {TARGET});
        new Trainer(network, logLoss, sgd, new TrainingConfig(TrainingMode.BATCH, 1, 1, false, 1L),
                new PlainKernels()).train(example, null, List.of());
        out.println();
        out.println("Weights after one step (w <- w - 0.5 * dJ/dw; absent connections stay 0):");
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            out.printf(Locale.ROOT, "  layer %d weights: %s%n", l, rows(layer.weights(), layer.units(), layer.inputs()));
            if (layer.hasBias()) {
                out.printf(Locale.ROOT, "  layer %d bias:    %s%n", l, rows(layer.bias(), 1, layer.units()));
            }
        }
        pass.forward(1);
        out.println();
        out.println("Second forward pass:");
        printForward(pass);
        out.println();
        out.println("The article reports 0.7043 after the step; that comes from a slip in its published");
        out.println("arithmetic. The step above follows the article's own formulas and gives 0.6981.");
        return network;
    }

    private void printForward(Backpropagation pass) {
        out.println("Forward pass (z = W a + b, a = sigmoid(z)):");
        out.printf(Locale.ROOT, "  h = %s%n", rows(pass.activation(1), 1, 3));
        out.printf(Locale.ROOT, "  g = %s%n", rows(pass.activation(2), 1, 2));
        out.printf(Locale.ROOT, "  o = %.4f%n", pass.output()[0]);
    }

    private static String rows(double[] values, int rows, int cols) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            text.append(r == 0 ? "[" : " [");
            for (int c = 0; c < cols; c++) {
                text.append(c == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", values[r * cols + c]));
            }
            text.append(']');
        }
        return text.toString();
    }

    /** The article's network: masks where the article has no connection. */
    static Network network(Activation sigmoid) {
        Layer hidden = new Layer(2, 3, sigmoid, true, mask(LAYER1), mask(new double[][] {LAYER1_BIAS}));
        hidden.setWeights(values(LAYER1));
        hidden.setBias(values(new double[][] {LAYER1_BIAS}));
        Layer second = new Layer(3, 2, sigmoid, false, mask(LAYER2), null);
        second.setWeights(values(LAYER2));
        Layer output = new Layer(2, 1, sigmoid, false, null, null);
        output.setWeights(values(OUTPUT));
        return new Network(List.of(hidden, second, output));
    }

    private static boolean[] mask(double[][] rows) {
        double[] flat = flatten(rows);
        boolean[] mask = new boolean[flat.length];
        for (int i = 0; i < flat.length; i++) {
            mask[i] = !Double.isNaN(flat[i]);
        }
        return mask;
    }

    private static double[] values(double[][] rows) {
        double[] flat = flatten(rows);
        for (int i = 0; i < flat.length; i++) {
            flat[i] = Double.isNaN(flat[i]) ? 0.0 : flat[i];
        }
        return flat;
    }

    private static double[] flatten(double[][] rows) {
        return java.util.Arrays.stream(rows).flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
