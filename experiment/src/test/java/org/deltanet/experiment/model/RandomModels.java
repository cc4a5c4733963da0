package org.deltanet.experiment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.deltanet.api.Activation;
import org.deltanet.data.FeatureScaling;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.Precision;

/** Generated models of varied depth and width, with and without bias and masks, for round trips. */
final class RandomModels {

    private static final List<String> AWKWARD_CLASS_NAMES =
            List.of(" padded ", "1", "0x10", "yes", "a: b", "# hash", "null", "ünïcode", "[x]");

    private RandomModels() {}

    static Model model(long seed) {
        Random random = new Random(seed);
        int inputs = 1 + random.nextInt(5);
        int depth = 1 + random.nextInt(4);
        List<Layer> layers = new ArrayList<>();
        int fanIn = inputs;
        for (int l = 0; l < depth; l++) {
            Layer layer = layer(random, fanIn, 1 + random.nextInt(6));
            layers.add(layer);
            fanIn = layer.units();
        }
        Network network = new Network(layers);
        Optional<PluginSpec> loss =
                random.nextBoolean() ? Optional.of(PluginSpec.of("squared-error")) : Optional.empty();
        Optional<FeatureScaling> scaling = random.nextBoolean()
                ? Optional.of(new FeatureScaling("standardize", values(random, inputs), values(random, inputs)))
                : Optional.empty();
        List<String> classes = random.nextBoolean() && network.outputSize() > 1
                ? AWKWARD_CLASS_NAMES.subList(0, network.outputSize())
                : List.of();
        List<String> targets = random.nextBoolean() ? AWKWARD_CLASS_NAMES.subList(0, network.outputSize()) : List.of();
        return new Model(network, loss, scaling, classes).withTargets(targets);
    }

    /**
     * The model of {@code seed} as a float32 run leaves it: its weights and biases rounded to float
     * values (the scaling stays in double, as training computes it).
     */
    static Model float32(long seed) {
        Model model = model(seed);
        for (Layer layer : model.network().layers()) {
            layer.setWeights(rounded(layer.weights()));
            if (layer.hasBias()) {
                layer.setBias(rounded(layer.bias()));
            }
        }
        return model.withPrecision(Precision.FLOAT32);
    }

    /** The values rounded to float, and widened back. */
    static double[] rounded(double[] values) {
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = (float) values[i];
        }
        return rounded;
    }

    private static Layer layer(Random random, int inputs, int units) {
        boolean hasBias = random.nextBoolean();
        boolean[] weightMask = random.nextBoolean() ? mask(random, units * inputs) : null;
        boolean[] biasMask = hasBias && random.nextBoolean() ? mask(random, units) : null;
        Layer layer = new Layer(inputs, units, activation(random), hasBias, weightMask, biasMask);
        layer.setWeights(masked(values(random, units * inputs), weightMask));
        if (hasBias) {
            layer.setBias(masked(values(random, units), biasMask));
        }
        return layer;
    }

    private static Activation activation(Random random) {
        PluginSpec spec =
                switch (random.nextInt(3)) {
                    case 0 -> PluginSpec.of("sigmoid");
                    case 1 -> PluginSpec.of("identity");
                    default -> new PluginSpec("leaky-relu", Map.of("slope", random.nextDouble()));
                };
        return TestPlugins.RESOLVER.activation(spec);
    }

    /** Values of every magnitude, including subnormal ones and negative zero. */
    static double[] values(Random random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = switch (random.nextInt(10)) {
                case 0 -> Double.MIN_VALUE * random.nextInt(1000);
                case 1 -> -0.0;
                case 2 -> random.nextGaussian() * 1e12;
                default -> random.nextGaussian() * Math.pow(10, random.nextInt(7) - 4);
            };
        }
        return values;
    }

    private static boolean[] mask(Random random, int count) {
        boolean[] mask = new boolean[count];
        for (int i = 0; i < count; i++) {
            mask[i] = random.nextDouble() > 0.3;
        }
        return mask;
    }

    private static double[] masked(double[] values, boolean[] mask) {
        for (int i = 0; mask != null && i < values.length; i++) {
            values[i] = mask[i] ? values[i] : 0.0;
        }
        return values;
    }
}
