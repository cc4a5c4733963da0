package org.deltanet.experiment.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deltanet.api.Activation;
import org.deltanet.api.DeltanetException;
import org.deltanet.data.FeatureScaling;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.registry.UnknownPluginException;

/**
 * Converts a {@link Model} to its {@link ModelDocument} and numbers ({@code layer1.weights},
 * {@code layer1.bias}, ..., {@code scaling.offset}, {@code scaling.scale}) and back, checking what
 * it reads.
 */
final class ModelMapping {

    /** The name of the scaling's offsets in the numbers file (one per input). */
    static final String SCALING_OFFSET = "scaling.offset";

    /** The name of the scaling's scales in the numbers file (one per input). */
    static final String SCALING_SCALE = "scaling.scale";

    private ModelMapping() {}

    /** The name of a layer's weights array in the numbers file: {@code layer1.weights} (units x inputs). */
    static String weightsName(int layer) {
        return "layer" + layer + ".weights";
    }

    /** The name of a layer's bias array in the numbers file: {@code layer1.bias}. */
    static String biasName(int layer) {
        return "layer" + layer + ".bias";
    }

    /**
     * The document for a model, without numbers.
     *
     * @param format  the format to declare in a model file, or null for a model nested in another file
     * @param numbers the numbers file, or null where nested
     */
    static ModelDocument document(Model model, DocumentFormat format, NumbersReference numbers) {
        Network network = model.network();
        List<LayerConfig> layers =
                network.layers().stream().map(LayerMapping::document).toList();
        return new ModelDocument(
                format == null ? null : format.name(),
                format == null ? null : format.version(),
                model.provenance().orElse(null),
                network.inputSize(),
                model.loss().orElse(null),
                model.scaling()
                        .map(scaling -> new ScalingDocument(scaling.method(), null, null))
                        .orElse(null),
                model.classes().isEmpty() ? null : model.classes(),
                model.features().isEmpty() ? null : model.features(),
                model.targets().isEmpty() ? null : model.targets(),
                numbers,
                layers,
                model.precision() == Precision.FLOAT32 ? Precision.FLOAT32 : null);
    }

    /**
     * The weights and biases of every layer, in order, then the scaling's offsets and scales, as
     * arrays for the numbers file, {@link #stored} as the model's precision has them.
     */
    static Map<String, NumpyArchive.Tensor> tensors(Model model) {
        Network network = model.network();
        Map<String, NumpyArchive.Tensor> tensors = new LinkedHashMap<>();
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            tensors.put(weightsName(l), NumpyArchive.Tensor.matrix(layer.units(), layer.inputs(), layer.weights()));
            if (layer.hasBias()) {
                tensors.put(biasName(l), NumpyArchive.Tensor.vector(layer.bias()));
            }
        }
        model.scaling().ifPresent(scaling -> {
            tensors.put(SCALING_OFFSET, NumpyArchive.Tensor.vector(scaling.offset()));
            tensors.put(SCALING_SCALE, NumpyArchive.Tensor.vector(scaling.scale()));
        });
        tensors.replaceAll((name, tensor) -> stored(model, tensor));
        return tensors;
    }

    /**
     * An array of {@code model}'s files (a model's or a checkpoint's) as it is stored: a float32
     * model's as float32 where that loses nothing ({@link NumpyArchive.Tensor#narrowed}).
     */
    static NumpyArchive.Tensor stored(Model model, NumpyArchive.Tensor tensor) {
        return model.precision() == Precision.FLOAT32 ? tensor.narrowed() : tensor;
    }

    /**
     * The model a document describes.
     *
     * @param file          the file being read, for messages
     * @param path          where the model is in the file
     * @param plugins       resolves the activations, and checks the loss
     * @param biasByDefault whether a layer without a {@code bias} key has one (version 2) or not (version 1)
     * @param numbers       the arrays of the numbers file, or null when the numbers are inline
     * @param numbersPath   where the numbers file is named, for messages
     * @throws ModelFileException at the first value that does not fit
     */
    static Model model(
            ModelDocument document,
            Path file,
            YamlPath path,
            PluginResolver plugins,
            boolean biasByDefault,
            Map<String, NumpyArchive.Tensor> numbers,
            YamlPath numbersPath) {
        if (document.inputSize() < 1) {
            throw ModelFileException.at(
                    file, path.key("input-size"), "input-size must be at least 1, got " + document.inputSize());
        }
        if (document.layers() == null || document.layers().isEmpty()) {
            throw ModelFileException.at(file, path.key("layers"), "a model needs at least one layer");
        }
        List<Layer> layers = new ArrayList<>();
        int inputs = document.inputSize();
        for (int l = 0; l < document.layers().size(); l++) {
            YamlPath at = path.key("layers").index(l);
            LayerConfig config = document.layers().get(l);
            var mapping = new LayerMapping(
                    (where, problem) -> ModelFileException.at(file, where, problem), at, l + 1, inputs);
            Layer layer = mapping.read(
                    config, activation(config, file, at, l + 1, plugins, document.provenance()), biasByDefault);
            boolean biasElsewhere =
                    layer.hasBias() && (config.bias() == null || config.bias().values() == null);
            if (numbers == null && config.weights() == null) {
                throw ModelFileException.at(file, at, "missing key 'weights' in " + at);
            }
            if (numbers == null && biasElsewhere) {
                throw ModelFileException.at(
                        file,
                        at,
                        "missing key 'bias' in " + at + ": the layer has a bias (the default since version 2)"
                                + " but no numbers for it; give 'bias: [...]' (one per unit) or 'bias: false'");
            }
            if (config.weights() == null || biasElsewhere) {
                mapping.setNumbers(layer, numbersPath, numbers.get(weightsName(l + 1)), numbers.get(biasName(l + 1)));
            }
            layers.add(layer);
            inputs = layer.units();
        }
        Network network = new Network(layers);
        checkLoss(document.loss(), file, path.key("loss"), plugins, document.provenance());
        FeatureScaling scaling = scaling(document.scaling(), network, numbers, file, path.key("scaling"), numbersPath);
        List<String> classes = onePerOutput(document.classes(), network, file, path, "classes", "class");
        List<String> features = features(document, network, file, path.key("features"));
        List<String> targets = onePerOutput(document.targets(), network, file, path, "targets", "label column");
        return new Model(
                network,
                Optional.ofNullable(document.loss()),
                Optional.ofNullable(scaling),
                classes,
                features,
                targets,
                Optional.ofNullable(document.provenance()),
                document.precision() == null ? Precision.FLOAT64 : document.precision());
    }

    /**
     * Names the document gives the outputs (classes, or label columns), one per unit of the last
     * layer; empty when it gives none.
     */
    private static List<String> onePerOutput(
            List<String> names, Network network, Path file, YamlPath document, String field, String each) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        if (names.size() != network.outputSize()) {
            throw ModelFileException.at(
                    file,
                    document.key(field),
                    "'" + field + "' names " + names.size() + " " + (field.equals("classes") ? "classes" : "outputs")
                            + " but the last layer has " + network.outputSize() + " units (one per " + each + ")");
        }
        return names;
    }

    private static List<String> features(ModelDocument document, Network network, Path file, YamlPath path) {
        List<String> features = document.features() == null ? List.of() : document.features();
        if (!features.isEmpty() && features.size() != network.inputSize()) {
            throw ModelFileException.at(
                    file,
                    path,
                    "'features' names " + features.size() + " features but input-size is " + network.inputSize()
                            + " (one name per input)");
        }
        for (int j = 0; j < features.size(); j++) {
            if (features.get(j) == null || features.indexOf(features.get(j)) != j) {
                throw ModelFileException.at(
                        file,
                        path.index(j),
                        "feature names must be present and different; '" + features.get(j) + "' is "
                                + (features.get(j) == null ? "missing" : "named twice"));
            }
        }
        return features;
    }

    private static Activation activation(
            LayerConfig config,
            Path file,
            YamlPath at,
            int number,
            PluginResolver plugins,
            ModelProvenance provenance) {
        try {
            return plugins.activation(config.activation());
        } catch (UnknownPluginException e) {
            throw ModelFileException.at(
                    file,
                    at.key("activation"),
                    "layer " + number + ": " + missing("activation", config.activation(), provenance, e));
        } catch (IllegalArgumentException | DeltanetException e) {
            throw ModelFileException.at(file, at.key("activation"), "layer " + number + ": " + e.getMessage());
        }
    }

    /** The loss is kept as written, but must name an installed loss with valid parameters. */
    private static void checkLoss(
            PluginSpec loss, Path file, YamlPath path, PluginResolver plugins, ModelProvenance provenance) {
        if (loss == null) {
            return;
        }
        try {
            plugins.loss(loss);
        } catch (UnknownPluginException e) {
            throw ModelFileException.at(file, path, missing("loss", loss, provenance, e));
        } catch (IllegalArgumentException | DeltanetException e) {
            throw ModelFileException.at(file, path, e.getMessage());
        }
    }

    /**
     * A plugin the model needs is not installed: when the model records the jar it came from, the
     * message names that jar and says to pass it with {@code --plugins} (rather than suggesting a
     * built-in of a similar name).
     */
    private static String missing(String kind, PluginSpec spec, ModelProvenance provenance, UnknownPluginException e) {
        String unrecorded =
                e.getMessage() + "; if the model was trained with a plugin jar, pass that jar with --plugins";
        if (provenance == null) {
            return unrecorded;
        }
        return provenance.plugins().stream()
                .filter(origin -> origin.kind().equals(kind) && origin.name().equals(spec.name()))
                .findFirst()
                .map(origin -> "the " + kind + " '" + spec.name() + "' is not installed; the model was trained with it"
                        + " from " + origin.jar() + " (version " + origin.version() + ", sha256 " + origin.sha256()
                        + "): pass that jar with --plugins " + origin.jar() + " (or a folder holding it)")
                .orElse(unrecorded);
    }

    /**
     * The scaling a document describes, with its offsets and scales inline (versions 1 and 2) or
     * from the numbers file; null where it has none.
     */
    private static FeatureScaling scaling(
            ScalingDocument document,
            Network network,
            Map<String, NumpyArchive.Tensor> numbers,
            Path file,
            YamlPath path,
            YamlPath numbersPath) {
        if (document == null) {
            return null;
        }
        if (document.method() == null) {
            throw ModelFileException.at(file, path, "missing key 'method' in scaling (none, min-max or standardize)");
        }
        boolean inline = document.offset() != null || document.scale() != null || numbers == null;
        double[] offset = inline ? document.offset() : vector(numbers, SCALING_OFFSET, network, file, numbersPath);
        double[] scale = inline ? document.scale() : vector(numbers, SCALING_SCALE, network, file, numbersPath);
        FeatureScaling scaling;
        try {
            scaling = new FeatureScaling(document.method(), offset, scale);
        } catch (IllegalArgumentException e) {
            throw ModelFileException.at(file, path, "scaling: " + e.getMessage());
        }
        if (scaling.featureCount() != network.inputSize()) {
            throw ModelFileException.at(
                    file,
                    path,
                    "the scaling has " + scaling.featureCount() + " offsets and scales but input-size is "
                            + network.inputSize() + " (one per input)");
        }
        return scaling;
    }

    /** One value per input from the numbers file: the scaling's offsets or scales. */
    private static double[] vector(
            Map<String, NumpyArchive.Tensor> numbers, String name, Network network, Path file, YamlPath at) {
        NumpyArchive.Tensor tensor = numbers.get(name);
        NumpyArchive.Tensor.mismatch(tensor, name, network.inputSize()).ifPresent(mismatch -> {
            throw ModelFileException.at(file, at, mismatch);
        });
        return tensor.values();
    }
}
