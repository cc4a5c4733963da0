package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginKind;
import org.deltanet.api.Schedule;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.registry.PluginRegistry;
import org.deltanet.testkit.ActivationProperties;
import org.deltanet.testkit.Domain;
import org.deltanet.testkit.Generators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated networks with a batch of data, for the engine's properties: depth 1-4, widths 1-8,
 * hidden activations drawn from the built-in registry, an output activation and loss that fit
 * ({@link Head}), optional bias, random weight and bias masks, weights in [-1, 1], inputs in
 * [-2, 2] and targets from the loss's {@link Domain}.
 *
 * <p>A {@link Case} holds only arrays and names and builds a fresh {@link Network} whenever asked,
 * so that training in a property never changes the case that a failure report prints. Shrinking
 * goes towards one layer of one unit, no bias, no mask, weights 0 and the first head.
 */
final class Networks {

    static final PluginRegistry PLUGINS = PluginRegistry.builtIn();
    static final MatrixKernels KERNELS = new PlainKernels();

    static final int MAX_DEPTH = 4;
    static final int MAX_WIDTH = 8;

    private static final double WEIGHT_LIMIT = 1.0;
    private static final double INPUT_LIMIT = 2.0;
    private static final double TARGET_LIMIT = 2.0;

    private Networks() {}

    /** An output activation with a loss that fits it, and where the loss's targets live. */
    enum Head {
        IDENTITY_SQUARED_ERROR("identity", "squared-error", Domain.REAL, true),
        SIGMOID_BINARY_CROSS_ENTROPY("sigmoid", "binary-cross-entropy", Domain.UNIT_INTERVAL, true),
        SOFTMAX_CROSS_ENTROPY("softmax", "cross-entropy", Domain.DISTRIBUTION, true),
        /** The generic loss gradient through an elementwise backward. */
        TANH_SQUARED_ERROR("tanh", "squared-error", Domain.REAL, false),
        SIGMOID_SQUARED_ERROR("sigmoid", "squared-error", Domain.REAL, false),
        /** The generic path through a backward that mixes units. */
        SOFTMAX_SQUARED_ERROR("softmax", "squared-error", Domain.REAL, false);

        final String activation;
        final String loss;
        final Domain targets;
        /** Whether the loss declares a shortcut for this output activation. */
        final boolean shortcut;

        Head(String activation, String loss, Domain targets, boolean shortcut) {
            this.activation = activation;
            this.loss = loss;
            this.targets = targets;
            this.shortcut = shortcut;
        }
    }

    /**
     * One layer as data.
     *
     * @param bias       null for a layer without bias
     * @param weightMask null for fully connected
     * @param biasMask   null for every bias present
     */
    record LayerSpec(
            int inputs,
            int units,
            String activation,
            double[] weights,
            boolean[] weightMask,
            double[] bias,
            boolean[] biasMask) {

        /** The layer with {@code function} in place of its named activation. */
        Layer build(Activation function) {
            Layer layer = new Layer(inputs, units, function, bias != null, weightMask, biasMask);
            layer.setWeights(weights);
            if (bias != null) {
                layer.setBias(bias);
            }
            return layer;
        }

        boolean masked() {
            return weightMask != null || biasMask != null;
        }

        @Override
        public String toString() {
            return inputs + " -> " + units + " " + activation + " W=" + Arrays.toString(weights)
                    + (weightMask == null ? "" : " mask=" + maskText(weightMask, inputs))
                    + (bias == null ? " no bias" : " b=" + Arrays.toString(bias))
                    + (biasMask == null ? "" : " bias-mask=" + maskText(biasMask, units));
        }

        private static String maskText(boolean[] mask, int cols) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < mask.length; i++) {
                text.append(i > 0 && i % cols == 0 ? "|" : "").append(mask[i] ? '1' : '0');
            }
            return text.toString();
        }
    }

    /** A network as data with a batch of {@code rows} examples. */
    record Case(List<LayerSpec> layers, Head head, int rows, double[] inputs, double[] targets) {

        /** A fresh network holding this case's parameters. */
        Network network() {
            return network((number, activation) -> activation);
        }

        /**
         * A fresh network holding this case's parameters, layer {@code l} (1-based) with
         * {@code activations.apply(l, its activation)} in place of its activation.
         */
        Network network(BiFunction<Integer, Activation, Activation> activations) {
            List<Layer> built = new ArrayList<>();
            for (int l = 1; l <= layers.size(); l++) {
                LayerSpec spec = layers.get(l - 1);
                built.add(spec.build(activations.apply(l, PLUGINS.activation(spec.activation()))));
            }
            return new Network(built);
        }

        Loss loss() {
            return PLUGINS.loss(head.loss);
        }

        int inputSize() {
            return layers.get(0).inputs();
        }

        int outputSize() {
            return layers.get(layers.size() - 1).units();
        }

        /** The batch as a dataset (copies, so training cannot change the case). */
        ArrayDataset data() {
            return new ArrayDataset(inputs.clone(), targets.clone(), inputSize(), outputSize());
        }

        /** A pass over {@code network} whose buffers hold examples {@code from .. from + count - 1}. */
        Backpropagation pass(Network network, int from, int count) {
            Backpropagation pass = new Backpropagation(network, loss(), KERNELS, count);
            System.arraycopy(inputs, from * inputSize(), pass.input(), 0, count * inputSize());
            System.arraycopy(targets, from * outputSize(), pass.target(), 0, count * outputSize());
            return pass;
        }

        /** A pass over {@code network} loaded with the whole batch. */
        Backpropagation pass(Network network) {
            return pass(network, 0, rows);
        }

        /**
         * Whether every net input of the forward pass lies at least
         * {@link ActivationProperties#KINK_CLEARANCE} away from its activation's kinks, so that
         * central differences see a differentiable function.
         */
        boolean clearOfKinks() {
            Network network = network();
            Backpropagation pass = pass(network);
            pass.forward(rows);
            for (int l = 1; l <= network.depth(); l++) {
                double[] z = pass.netInput(l);
                for (double kink : network.layer(l).activation().kinks()) {
                    for (int i = 0; i < rows * network.layer(l).units(); i++) {
                        if (Math.abs(z[i] - kink) < ActivationProperties.KINK_CLEARANCE) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** Whether some weight or bias is masked out. */
        boolean hasAbsentConnections() {
            return layers.stream().anyMatch(LayerSpec::masked);
        }

        @Override
        public String toString() {
            return "rows=" + rows + ", loss=" + head.loss + ", layers=["
                    + layers.stream().map(LayerSpec::toString).collect(Collectors.joining(" | "))
                    + "], x=" + Arrays.toString(inputs) + ", y=" + Arrays.toString(targets);
        }
    }

    /** A case trained by a built-in optimizer (at its defaults) with a training configuration. */
    record Run(Case example, String optimizer, TrainingConfig config) {

        Trainer trainer(Network network) {
            return trainer(network, config);
        }

        Trainer trainer(Network network, TrainingConfig otherConfig) {
            return new Trainer(network, example.loss(), PLUGINS.optimizer(optimizer), otherConfig, KERNELS);
        }

        /** A trainer whose optimizer follows the schedule (configured anew, as a resumed run would). */
        Trainer trainer(Network network, Schedule schedule) {
            ScheduledOptimizer scheduled =
                    new ScheduledOptimizer(PLUGINS.optimizer(optimizer), schedule.configure(schedule.values()));
            return new Trainer(network, example.loss(), scheduled, config, KERNELS);
        }

        @Override
        public String toString() {
            return example + ", optimizer=" + optimizer + ", " + config;
        }
    }

    /**
     * How a training run ended: its result, or the message of the {@link TrainingDivergedException}
     * it threw. Generated networks can be stiff enough for an optimizer at its default learning
     * rate to diverge; where two runs must agree, they must then diverge alike.
     */
    record Outcome(TrainingResult result, String divergence) {

        static Outcome of(Supplier<TrainingResult> training) {
            try {
                return new Outcome(training.get(), null);
            } catch (TrainingDivergedException diverged) {
                return new Outcome(null, diverged.getMessage());
            }
        }

        /** Throws unless both ended alike: the same message, or the same last epoch and optimizer state. */
        void requireSame(String what, Outcome other) {
            boolean same = result == null
                    ? divergence.equals(other.divergence)
                    : other.result != null
                            && result.lastEpoch() == other.result.lastEpoch()
                            && result.optimizerState().sameAs(other.result.optimizerState());
            if (!same) {
                throw new AssertionError(what + " ended differently: " + this + " vs. " + other);
            }
        }

        @Override
        public String toString() {
            return result == null
                    ? divergence
                    : "epoch " + result.lastEpoch() + ", optimizer step "
                            + result.optimizerState().step() + ", buffers "
                            + result.optimizerState().snapshot().keySet();
        }
    }

    /** Cases with {@code minRows} to {@code maxRows} examples (shrinking towards the fewest). */
    static Gen<Case> cases(int minRows, int maxRows) {
        Gen<Head> heads = Generate.enumValues(Head.class);
        Gen<Integer> depths = Generate.range(1, MAX_DEPTH, 1);
        Gen<Integer> widths = Generate.range(1, MAX_WIDTH, 1);
        Gen<Integer> rowCounts = Generate.range(minRows, maxRows, minRows);
        Gen<String> hidden = Generate.pick(List.copyOf(PLUGINS.names(PluginKind.ACTIVATION)));
        return source -> {
            Head head = heads.generate(source);
            int depth = depths.generate(source);
            int rows = rowCounts.generate(source);
            List<LayerSpec> layers = new ArrayList<>(depth);
            int inputs = widths.generate(source);
            for (int l = 1; l <= depth; l++) {
                int units = widths.generate(source);
                String activation = l == depth ? head.activation : hidden.generate(source);
                layers.add(layer(inputs, units, activation).generate(source));
                inputs = units;
            }
            double[] x = Generators.arrays(rows * layers.get(0).inputs(), Generators.reals(-INPUT_LIMIT, INPUT_LIMIT))
                    .generate(source);
            double[] y = targets(head.targets, rows, inputs).generate(source);
            return new Case(List.copyOf(layers), head, rows, x, y);
        };
    }

    /** Runs of generated cases with one of the named optimizers and a configuration for their size. */
    static Gen<Run> runs(Gen<Case> cases, List<String> optimizers, IntFunction<Gen<TrainingConfig>> configs) {
        return cases.flatMap(example -> Generate.pick(optimizers)
                .zip(configs.apply(example.rows()), (optimizer, config) -> new Run(example, optimizer, config)));
    }

    /**
     * Configurations for {@code examples} examples: any mode, batch size 1 to examples, 1 to
     * {@code maxEpochs} epochs, shuffling as given, any seed.
     */
    static Gen<TrainingConfig> configs(int examples, int maxEpochs, boolean shuffle) {
        return configs(examples, 1, maxEpochs, shuffle);
    }

    /** As {@link #configs(int, int, boolean)}, with at least {@code minEpochs} epochs (generated, not assumed). */
    static Gen<TrainingConfig> configs(int examples, int minEpochs, int maxEpochs, boolean shuffle) {
        return Generate.enumValues(TrainingMode.class)
                .zip(
                        Generate.range(1, examples, 1),
                        Generate.range(minEpochs, maxEpochs, minEpochs),
                        Generate.longRange(-(1L << 40), 1L << 40, 0),
                        (mode, batchSize, epochs, seed) -> new TrainingConfig(mode, batchSize, epochs, shuffle, seed));
    }

    /** The names of the built-in optimizers. */
    static List<String> optimizers() {
        return List.copyOf(PLUGINS.names(PluginKind.OPTIMIZER));
    }

    /** A built-in optimizer with the given learning rate, its other parameters at their defaults. */
    static Optimizer optimizer(String name, double learningRate) {
        Optimizer optimizer = PLUGINS.optimizer(name);
        return optimizer.configure(ParameterValues.builder(optimizer.parameters())
                .set("learning-rate", learningRate)
                .build());
    }

    /** Throws unless both networks hold the same weights and biases, bit for bit. */
    static void requireIdentical(String what, Network expected, Network actual) {
        for (int l = 1; l <= expected.depth(); l++) {
            requireIdentical(
                    what + ": " + Network.weightsName(l),
                    expected.layer(l).weights(),
                    actual.layer(l).weights());
            if (expected.layer(l).hasBias()) {
                requireIdentical(
                        what + ": " + Network.biasName(l),
                        expected.layer(l).bias(),
                        actual.layer(l).bias());
            }
        }
    }

    /** Throws unless both arrays hold the same values, bit for bit, over {@code expected}'s length. */
    static void requireIdentical(String what, double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                throw new AssertionError(what + " differ at index " + i + ": " + expected[i] + " vs. " + actual[i]);
            }
        }
    }

    /** Throws unless every masked-out weight and bias of the network is exactly 0. */
    static void requireAbsentConnectionsZero(String when, Network network) {
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            for (int i = 0; i < layer.weights().length; i++) {
                if (!layer.isConnected(i / layer.inputs(), i % layer.inputs()) && layer.weights()[i] != 0.0) {
                    throw new AssertionError(when + ": absent weight " + Network.weightsName(l) + "[" + i + "] is "
                            + layer.weights()[i]);
                }
            }
            for (int j = 0; layer.hasBias() && j < layer.units(); j++) {
                if (!layer.hasBias(j) && layer.bias()[j] != 0.0) {
                    throw new AssertionError(
                            when + ": absent bias " + Network.biasName(l) + "[" + j + "] is " + layer.bias()[j]);
                }
            }
        }
    }

    /** One layer's parameters: weights, optional bias and optional masks, zero where masked. */
    private static Gen<LayerSpec> layer(int inputs, int units, String activation) {
        Gen<Boolean> flags = Generate.booleans();
        Gen<double[]> weightValues = Generators.arrays(units * inputs, Generators.reals(-WEIGHT_LIMIT, WEIGHT_LIMIT));
        Gen<double[]> biasValues = Generators.arrays(units, Generators.reals(-WEIGHT_LIMIT, WEIGHT_LIMIT));
        return source -> {
            boolean[] weightMask = flags.generate(source) ? mask(units * inputs).generate(source) : null;
            boolean hasBias = flags.generate(source);
            boolean[] biasMask = hasBias && flags.generate(source) ? mask(units).generate(source) : null;
            double[] weights = zeroWhereAbsent(weightValues.generate(source), weightMask);
            double[] bias = hasBias ? zeroWhereAbsent(biasValues.generate(source), biasMask) : null;
            return new LayerSpec(inputs, units, activation, weights, weightMask, bias, biasMask);
        };
    }

    private static Gen<boolean[]> mask(int length) {
        Gen<Boolean> present = Generate.booleans();
        return source -> {
            boolean[] mask = new boolean[length];
            for (int i = 0; i < length; i++) {
                mask[i] = present.generate(source);
            }
            return mask;
        };
    }

    private static double[] zeroWhereAbsent(double[] values, boolean[] mask) {
        for (int i = 0; mask != null && i < values.length; i++) {
            if (!mask[i]) {
                values[i] = 0.0;
            }
        }
        return values;
    }

    /**
     * Targets from a loss's domain: reals in [-2, 2]; hard labels 0 and 1 mixed with soft values
     * in [0, 1]; or rows that are one-hot or soft distributions. (The test kit's own target
     * generators are package-private.)
     */
    private static Gen<double[]> targets(Domain domain, int rows, int cols) {
        Gen<Boolean> flags = Generate.booleans();
        Gen<Double> unit = Generators.reals(0.0, 1.0);
        return switch (domain) {
            case REAL -> Generators.arrays(rows * cols, Generators.reals(-TARGET_LIMIT, TARGET_LIMIT));
            case UNIT_INTERVAL -> Generators.arrays(
                    rows * cols, flags.zip(flags, unit, (hard, one, soft) -> hard ? (one ? 1.0 : 0.0) : soft));
            case DISTRIBUTION -> {
                Gen<Integer> hot = Generate.range(0, cols - 1, 0);
                Gen<double[]> weights = Generators.arrays(cols, unit);
                yield source -> {
                    double[] y = new double[rows * cols];
                    for (int r = 0; r < rows; r++) {
                        if (flags.generate(source)) {
                            y[r * cols + hot.generate(source)] = 1.0;
                        } else {
                            double[] w = weights.generate(source);
                            double sum = Arrays.stream(w).sum();
                            for (int c = 0; c < cols; c++) {
                                y[r * cols + c] = sum > 0.0 ? w[c] / sum : 1.0 / cols;
                            }
                        }
                    }
                    return y;
                };
            }
            default -> throw new IllegalArgumentException("no targets for " + domain);
        };
    }
}
