package org.deltanet.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.deltanet.api.Activation;
import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterValues;
import org.deltanet.data.idx.MnistSource;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.registry.PluginRegistry;

/**
 * The networks and data the benchmarks train, the same as {@code bench/pytorch_bench.py} builds:
 * MNIST from the IDX files in the directory named by the system property {@value #DATA_PROPERTY}
 * (default {@code ../shared/data}), kept as bytes and converted per batch as a run does.
 */
final class Workloads {

    static final String DATA_PROPERTY = "deltanet.data";
    static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    private Workloads() {}

    static Dataset mnist() {
        Path dir = Path.of(System.getProperty(DATA_PROPERTY, "../shared/data"));
        return MnistSource.read(
                        dir.resolve("mnist-train-images-idx3-ubyte.gz"),
                        dir.resolve("mnist-train-labels-idx1-ubyte.gz"))
                .data();
    }

    /**
     * MNIST network A (784-128-10, sigmoid hidden) or B (784-256-256-10, relu hidden), softmax
     * output, Xavier-initialized from a fixed seed.
     */
    static Network mnistNetwork(String name) {
        return switch (name) {
            case "A" -> dense(new int[] {784, 128, 10}, "sigmoid", "softmax");
            case "B" -> dense(new int[] {784, 256, 256, 10}, "relu", "softmax");
            default -> throw new IllegalArgumentException("no MNIST network " + name + "; A or B");
        };
    }

    /** XOR's 2-4-1, tanh hidden, sigmoid output. */
    static Network xorNetwork() {
        return dense(new int[] {2, 4, 1}, "tanh", "sigmoid");
    }

    /** The seed article's sparse 2-3-2-1 sigmoid network with its weights and masks (examples/seed.yaml). */
    static Network seedNetwork() {
        Activation sigmoid = PLUGINS.activation("sigmoid");
        Layer first =
                new Layer(2, 3, sigmoid, true, new boolean[] {true, false, true, false, true, false}, new boolean[] {
                    true, true, false
                });
        first.setWeights(new double[] {0.3, 0.0, 0.7, 0.0, -0.1, 0.0});
        first.setBias(new double[] {0.5, -0.2, 0.0});
        Layer second = new Layer(3, 2, sigmoid, false, new boolean[] {true, true, false, true, true, true}, null);
        second.setWeights(new double[] {-0.5, 0.4, 0.0, 0.3, 0.6, 0.4});
        Layer output = Layer.dense(2, 1, sigmoid, false);
        output.setWeights(new double[] {0.5, 0.7});
        return new Network(List.of(first, second, output));
    }

    /** An optimizer from the registry with the given parameters, e.g. {@code momentum}. */
    static Optimizer optimizer(String name, Map<String, Double> values) {
        Optimizer optimizer = PLUGINS.optimizer(name);
        ParameterValues.Builder builder = ParameterValues.builder(optimizer.parameters());
        values.forEach(builder::set);
        return optimizer.configure(builder.build());
    }

    /**
     * What a training benchmark's step adds, by name: {@code none}, {@code l2} (1e-4 on every
     * layer), {@code dropout} (0.2 after every hidden layer), {@code clip-norm} (at global norm 5)
     * or {@code all} three, as {@code examples/mnist-regularized.yaml}.
     */
    static Regularization regularization(String name, int depth) {
        if (!List.of("none", "l2", "dropout", "clip-norm", "all").contains(name)) {
            throw new IllegalArgumentException("regularization is none, l2, dropout, clip-norm or all");
        }
        boolean all = name.equals("all");
        List<LayerPenalty> penalties = new ArrayList<>();
        List<Double> dropout = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            penalties.add(all || name.equals("l2") ? new LayerPenalty(0.0, 1e-4, false) : LayerPenalty.NONE);
            dropout.add((all || name.equals("dropout")) && l < depth ? 0.2 : 0.0);
        }
        Clipping clipping = all || name.equals("clip-norm") ? new Clipping(0.0, 5.0) : Clipping.NONE;
        return new Regularization(new Penalty(penalties), dropout, clipping, null);
    }

    private static Network dense(int[] widths, String hidden, String output) {
        SplittableRandom random = new SplittableRandom(1);
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            String activation = l == widths.length - 1 ? output : hidden;
            Layer layer = Layer.dense(widths[l - 1], widths[l], PLUGINS.activation(activation), true);
            layer.initialize(PLUGINS.initializer("xavier"), random);
            layers.add(layer);
        }
        return new Network(layers);
    }

    /** Fisher-Yates in place; allocates nothing. */
    static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
