package org.deltanet.experiment.model;

import org.deltanet.api.DeltanetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.data.FeatureScaling;
import org.deltanet.experiment.yaml.YamlPath;

/** Converts a {@link Model} to its {@link ModelDocument} and back, checking what it reads. */
final class ModelMapping {

    private ModelMapping() {
    }

    /**
     * The document for a model.
     *
     * @param format the format to declare in a model file, or null for a model nested in another file
     */
    static ModelDocument document(Model model, DocumentFormat format) {
        Network network = model.network();
        List<LayerDocument> layers = network.layers().stream().map(LayerMapping::document).toList();
        return new ModelDocument(format == null ? null : format.name(), format == null ? null : format.version(),
                network.inputSize(), model.loss().orElse(null), model.scaling().orElse(null),
                model.classes().isEmpty() ? null : model.classes(), layers);
    }

    /**
     * The model a document describes.
     *
     * @param file    the file being read, for messages
     * @param path    where the model is in the file
     * @param plugins resolves the activations, and checks the loss
     * @throws ModelFileException at the first value that does not fit
     */
    static Model model(ModelDocument document, Path file, YamlPath path, PluginResolver plugins) {
        if (document.inputSize() < 1) {
            throw ModelFileException.at(file, path.key("input-size"), "input-size must be at least 1, got "
                    + document.inputSize());
        }
        if (document.layers() == null || document.layers().isEmpty()) {
            throw ModelFileException.at(file, path.key("layers"), "a model needs at least one layer");
        }
        List<Layer> layers = new ArrayList<>();
        int inputs = document.inputSize();
        for (int l = 0; l < document.layers().size(); l++) {
            var mapping = new LayerMapping(file, path.key("layers").index(l), l + 1, inputs);
            Layer layer = mapping.read(document.layers().get(l), plugins);
            layers.add(layer);
            inputs = layer.units();
        }
        Network network = new Network(layers);
        checkLoss(document.loss(), file, path.key("loss"), plugins);
        checkScaling(document.scaling(), network, file, path.key("scaling"));
        List<String> classes = document.classes() == null ? List.of() : document.classes();
        if (!classes.isEmpty() && classes.size() != network.outputSize()) {
            throw ModelFileException.at(file, path.key("classes"), "'classes' names " + classes.size()
                    + " classes but the last layer has " + network.outputSize() + " units (one per class)");
        }
        return new Model(network, Optional.ofNullable(document.loss()), Optional.ofNullable(document.scaling()),
                classes);
    }

    /** The loss is kept as written, but must name an installed loss with valid parameters. */
    private static void checkLoss(PluginSpec loss, Path file, YamlPath path, PluginResolver plugins) {
        if (loss == null) {
            return;
        }
        try {
            plugins.loss(loss);
        } catch (IllegalArgumentException | DeltanetException e) {
            throw ModelFileException.at(file, path, e.getMessage());
        }
    }

    private static void checkScaling(FeatureScaling scaling, Network network, Path file, YamlPath path) {
        if (scaling != null && scaling.featureCount() != network.inputSize()) {
            throw ModelFileException.at(file, path, "the scaling has " + scaling.featureCount()
                    + " offsets and scales but input-size is " + network.inputSize() + " (one per input)");
        }
    }
}
