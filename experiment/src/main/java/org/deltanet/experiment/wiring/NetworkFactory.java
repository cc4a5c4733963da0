package org.deltanet.experiment.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deltanet.api.WeightInitializer;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.ModelConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.model.LayerMapping;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.files.HeapLimits;

/**
 * Builds the network an experiment file describes: layers with their activation plugins, masks,
 * and initial weights (explicit, or drawn by the initializer from the experiment's seed).
 *
 * <p>Every mismatch is reported with its key path, e.g.
 * {@code model.layers[1].mask: row 2 has 3 entries but the layer has 4 inputs}.
 */
public final class NetworkFactory {

    private static final YamlPath MODEL = YamlPath.root().key("model");

    /** Weights, gradients and up to two optimizer moments per parameter. */
    private static final int COPIES = 4;

    private final PluginResolver plugins;

    public NetworkFactory(PluginResolver plugins) {
        this.plugins = plugins;
    }

    /**
     * @param model   the model section
     * @param inputs  features per example in the training data
     * @param targets target values per example in the training data
     * @param seed    the experiment's seed; the same seed gives the same initial weights
     * @throws ConfigException when sizes do not fit or a plugin or value is invalid
     */
    public Network build(ModelConfig model, int inputs, int targets, long seed) {
        if (model.inputSize() != null && model.inputSize() != inputs) {
            YamlPath inputSize = MODEL.key("input-size");
            throw new ConfigException(
                    inputSize,
                    inputSize + " is " + model.inputSize() + " but the training data has " + inputs
                            + " features per example; set input-size: " + inputs + " or remove it");
        }
        List<LayerConfig> configs = model.layers();
        int last = configs.get(configs.size() - 1).units();
        if (last != targets) {
            YamlPath units = MODEL.key("layers").index(configs.size() - 1).key("units");
            throw new ConfigException(
                    units,
                    units + " is " + last
                            + " but the training data has " + targets
                            + " target values per example (one per class, or per label column); use units: "
                            + targets);
        }
        checkFits(configs, inputs);
        SplittableRandom random = new SplittableRandom(seed);
        List<Layer> layers = new ArrayList<>();
        int fanIn = inputs;
        for (int i = 0; i < configs.size(); i++) {
            layers.add(layer(configs.get(i), model, fanIn, MODEL.key("layers").index(i), i + 1, random));
            fanIn = configs.get(i).units();
        }
        return new Network(layers);
    }

    /**
     * Refuses a network whose weights would not fit the heap, before any is allocated: each layer's
     * matrix must fit one Java array, and the weights with their gradients and the optimizer's
     * state ({@value #COPIES} copies in all) must fit the free heap.
     */
    private static void checkFits(List<LayerConfig> configs, int inputs) {
        long total = 0;
        long fanIn = inputs;
        for (int i = 0; i < configs.size(); i++) {
            long units = configs.get(i).units();
            long weights = HeapLimits.times(units, fanIn);
            YamlPath key = MODEL.key("layers").index(i).key("units");
            String what = key + " (" + units + " units x " + fanIn + " inputs)";
            HeapLimits.problem(what, weights, HeapLimits.doubles(weights, 1)).ifPresent(problem -> {
                throw new ConfigException(key, problem);
            });
            total = HeapLimits.plus(total, HeapLimits.plus(weights, units));
            fanIn = units;
        }
        long parameters = total;
        HeapLimits.problem(
                        "the model (" + parameters + " weights and biases, " + COPIES + " copies while training)",
                        0,
                        HeapLimits.doubles(parameters, COPIES))
                .ifPresent(problem -> {
                    throw new ConfigException(MODEL.key("layers"), problem);
                });
    }

    private Layer layer(
            LayerConfig config, ModelConfig model, int inputs, YamlPath key, int number, SplittableRandom random) {
        var activation = Keyed.at(key.key("activation"), () -> plugins.activation(config.activation()));
        LayerMapping mapping =
                new LayerMapping((at, problem) -> new ConfigException(at, at + ": " + problem), key, number, inputs);
        Layer layer = mapping.read(config, activation, true);
        if (config.weights() == null) {
            WeightInitializer init = Keyed.at(
                    key.key("init"), () -> plugins.initializer(config.init() != null ? config.init() : model.init()));
            layer.initialize(init, random);
            if (config.bias() != null) {
                config.bias().given().ifPresent(layer::setBias);
            }
        }
        return layer;
    }
}
