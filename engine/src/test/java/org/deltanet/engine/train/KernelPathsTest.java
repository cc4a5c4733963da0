package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.deltanet.api.Loss;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.ParallelKernels;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.registry.PluginRegistry;
import org.deltanet.testkit.FiniteDifferences;
import org.deltanet.testkit.Property;
import org.deltanet.testkit.Tolerance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whole-network gradients on every kernel path: on generated networks wide enough to reach the
 * fast kernels' tiles and vectors, backpropagation's weight and bias gradients equal central
 * differences of J, and equal the plain reference kernels' gradients up to rounding. The parallel
 * path splits every product, however small. In float32, on every float kernel path, the same
 * networks' gradients equal the float64 ones to float rounding.
 */
class KernelPathsTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();
    private static final double SAME_WITHIN = 1e-10;

    /** Output activation and loss, both the declared shortcuts and the generic composition. */
    enum Head {
        SOFTMAX_CROSS_ENTROPY("softmax", "cross-entropy"),
        SIGMOID_LOG_LOSS("sigmoid", "binary-cross-entropy"),
        IDENTITY_SQUARED_ERROR("identity", "squared-error"),
        TANH_SQUARED_ERROR("tanh", "squared-error");

        final String activation;
        final String loss;

        Head(String activation, String loss) {
            this.activation = activation;
            this.loss = loss;
        }
    }

    /** A generated network and batch: layer widths from the input on, hidden activation, head, rows. */
    record Case(int[] widths, String hidden, Head head, int rows, long seed) {
        @Override
        public String toString() {
            return "widths=" + java.util.Arrays.toString(widths) + " hidden=" + hidden + " head=" + head + " rows="
                    + rows + " seed=" + seed;
        }
    }

    @TestFactory
    Stream<DynamicTest> gradientsAreRightOnEveryKernelPath() {
        List<MatrixKernels> paths = new ArrayList<>(Kernels.available());
        paths.add(new ParallelKernels(Kernels.fastestJava(), 2, 1));
        paths.add(Kernels.best(2));
        return paths.stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                kernels.name() + ": whole-network gradients equal central differences and the"
                                        + " plain kernels' gradients",
                                cases(),
                                c -> check(kernels, c))
                        .check()
                        .run()));
    }

    /**
     * The float32 pass on every float kernel path: its gradients equal the double pass's on the same
     * float-valued weights and batch (themselves checked against central differences above) within
     * float rounding, {@value #FLOAT_WITHIN} relative to max(1, |gradient|).
     */
    @TestFactory
    Stream<DynamicTest> floatGradientsAreRightOnEveryFloatKernelPath() {
        List<FloatKernels> paths = new ArrayList<>(FloatKernels.available());
        paths.add(Kernels.bestFloat(2));
        return paths.stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                kernels.name() + ": float32 whole-network gradients equal the float64 gradients"
                                        + " to float rounding",
                                cases(),
                                c -> checkFloat(kernels, c))
                        .check()
                        .run()));
    }

    private static final double FLOAT_WITHIN = 1e-4;

    private static void checkFloat(FloatKernels kernels, Case c) {
        Network network = network(c);
        for (Layer layer : network.layers()) {
            roundInPlace(layer.weights());
            roundInPlace(layer.bias());
        }
        Loss loss = PLUGINS.loss(c.head().loss);
        Backpropagation reference = new Backpropagation(network, loss, new PlainKernels(), c.rows());
        FloatPass pass = new FloatPass(network, loss, kernels, c.rows());
        fill(c, reference);
        roundInPlace(reference.input());
        for (int i = 0; i < reference.input().length; i++) {
            pass.input()[i] = (float) reference.input()[i];
        }
        roundInPlace(reference.target());
        for (int i = 0; i < reference.target().length; i++) {
            pass.target()[i] = (float) reference.target()[i];
        }
        int rows = c.rows();
        reference.forward(rows);
        reference.backward(rows);
        pass.forward(rows);
        pass.backward(rows);
        for (int l = 1; l <= network.depth(); l++) {
            close("layer " + l + " weight ", pass.weightGradient(l), reference.weightGradient(l));
            close("layer " + l + " bias ", pass.biasGradient(l), reference.biasGradient(l));
        }
    }

    private static void close(String where, float[] single, double[] reference) {
        for (int i = 0; i < reference.length; i++) {
            if (!(Math.abs(single[i] - reference[i]) <= FLOAT_WITHIN * Math.max(1.0, Math.abs(reference[i])))) {
                throw new AssertionError(where + i + ": float32 " + single[i] + ", float64 " + reference[i]);
            }
        }
    }

    private static void roundInPlace(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) values[i];
        }
    }

    private static Gen<Case> cases() {
        Gen<Integer> width = Generate.oneOf(Generate.range(1, 4), Generate.range(1, 19));
        Gen<int[]> widths = Generate.range(0, 2)
                .zip(
                        width,
                        width,
                        width,
                        width,
                        (hidden, w0, w1, w2, w3) -> hidden == 0
                                ? new int[] {w0, w3}
                                : hidden == 1 ? new int[] {w0, w1, w3} : new int[] {w0, w1, w2, w3});
        return widths.zip(
                Generate.pick(List.of("sigmoid", "tanh")),
                Generate.enumValues(Head.class),
                Generate.range(1, 9),
                Generate.longRange(0, Long.MAX_VALUE),
                Case::new);
    }

    private static void check(MatrixKernels kernels, Case c) {
        Network network = network(c);
        Loss loss = PLUGINS.loss(c.head().loss);
        Backpropagation pass = new Backpropagation(network, loss, kernels, c.rows());
        Backpropagation reference = new Backpropagation(network, loss, new PlainKernels(), c.rows());
        fill(c, pass);
        System.arraycopy(pass.input(), 0, reference.input(), 0, pass.input().length);
        System.arraycopy(pass.target(), 0, reference.target(), 0, pass.target().length);
        int rows = c.rows();
        pass.forward(rows);
        pass.backward(rows);
        reference.forward(rows);
        reference.backward(rows);
        ToDoubleFunction<double[]> objective = parameters -> {
            pass.forward(rows);
            return pass.loss(rows);
        };
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            double[] weightGradient = pass.weightGradient(l).clone();
            for (int i = 0; i < weightGradient.length; i++) {
                String where = "layer " + l + " weight " + i;
                same(where, weightGradient[i], reference.weightGradient(l)[i]);
                Tolerance.check(
                        "dJ/dw", where, weightGradient[i], FiniteDifferences.partial(objective, layer.weights(), i));
            }
            double[] biasGradient = pass.biasGradient(l).clone();
            for (int j = 0; j < biasGradient.length; j++) {
                String where = "layer " + l + " bias " + j;
                same(where, biasGradient[j], reference.biasGradient(l)[j]);
                Tolerance.check("dJ/db", where, biasGradient[j], FiniteDifferences.partial(objective, layer.bias(), j));
            }
        }
    }

    private static void same(String where, double fast, double plain) {
        if (!(Math.abs(fast - plain) <= SAME_WITHIN * (1.0 + Math.abs(plain)))) {
            throw new AssertionError(where + ": these kernels give " + fast + ", the plain kernels " + plain);
        }
    }

    private static Network network(Case c) {
        SplittableRandom random = new SplittableRandom(c.seed());
        int[] widths = c.widths();
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            boolean output = l == widths.length - 1;
            Layer layer = Layer.dense(
                    widths[l - 1], widths[l], PLUGINS.activation(output ? c.head().activation : c.hidden()), true);
            double[] weights = new double[layer.weights().length];
            double[] bias = new double[layer.units()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextDouble(-1, 1);
            }
            for (int j = 0; j < bias.length; j++) {
                bias[j] = random.nextDouble(-0.5, 0.5);
            }
            layer.setWeights(weights);
            layer.setBias(bias);
            layers.add(layer);
        }
        return new Network(layers);
    }

    /** Inputs in [-1, 1]; one-hot targets for softmax, targets in [0, 1] otherwise. */
    private static void fill(Case c, Backpropagation pass) {
        SplittableRandom random = new SplittableRandom(~c.seed());
        int inputs = c.widths()[0];
        int outputs = c.widths()[c.widths().length - 1];
        for (int i = 0; i < c.rows() * inputs; i++) {
            pass.input()[i] = random.nextDouble(-1, 1);
        }
        for (int r = 0; r < c.rows(); r++) {
            int hot = random.nextInt(outputs);
            for (int j = 0; j < outputs; j++) {
                pass.target()[r * outputs + j] =
                        c.head() == Head.SOFTMAX_CROSS_ENTROPY ? (j == hot ? 1.0 : 0.0) : random.nextDouble();
            }
        }
    }
}
