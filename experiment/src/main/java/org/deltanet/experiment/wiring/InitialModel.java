package org.deltanet.experiment.wiring;

import java.util.HashSet;
import java.util.List;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.ModelConfig;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Checks that an initial model ({@code train --initial-model}) and the experiment agree: the model
 * section, when the experiment has one, describes the initial model's layers (count, units,
 * activations), and the training data's classes are the model's, in the model's order. A
 * disagreement is an error that says which and how to fix it, never silently one side's way.
 */
final class InitialModel {

    private static final YamlPath LAYERS = YamlPath.root().key("model").key("layers");
    private static final String FIX = "; make the model section describe the initial model, or leave the model section"
            + " out (the initial model gives the layers)";

    private InitialModel() {}

    /** @param model the experiment's model section, or null when it has none */
    static void requireAgrees(ModelConfig model, Network given) {
        if (model == null) {
            return;
        }
        List<LayerConfig> layers = model.layers();
        if (layers.size() != given.depth()) {
            throw new ConfigException(
                    LAYERS,
                    LAYERS + " lists " + layers.size() + " layer(s) but the initial model has " + given.depth() + FIX);
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerConfig layer = layers.get(i);
            YamlPath key = LAYERS.index(i);
            int units = given.layer(i + 1).units();
            if (layer.units() != units) {
                throw new ConfigException(
                        key.key("units"),
                        key.key("units") + " is " + layer.units() + " but layer " + (i + 1)
                                + " of the initial model has " + units + " units" + FIX);
            }
            String activation = given.layer(i + 1).activation().name();
            if (!layer.activation().name().equals(activation)) {
                throw new ConfigException(
                        key.key("activation"),
                        key.key("activation") + " is "
                                + layer.activation().name() + " but layer " + (i + 1) + " of the initial model uses "
                                + activation + FIX);
            }
        }
    }

    /**
     * @param modelClasses the initial model's classes by output (empty when it has none recorded)
     * @param dataClasses  the training data's classes by target column (empty for numeric targets)
     */
    static void requireSameClasses(List<String> modelClasses, List<String> dataClasses) {
        if (modelClasses.isEmpty() || modelClasses.equals(dataClasses)) {
            return;
        }
        if (new HashSet<>(modelClasses).equals(new HashSet<>(dataClasses))) {
            throw new ConfigException("the training data's classes are " + dataClasses + " (in order of first"
                    + " appearance) but the initial model's outputs stand for " + modelClasses + ", in that order:"
                    + " training would swap their meanings; put the data's rows so that its classes first appear in"
                    + " the model's order (a row of " + modelClasses.get(0)
                    + " first), or train without --initial-model");
        }
        throw new ConfigException(
                "the training data's classes are " + dataClasses + " but the initial model was trained"
                        + " on " + modelClasses + "; start from a model trained on these classes, or train without"
                        + " --initial-model");
    }
}
