package org.deltanet.experiment.model;

import java.nio.file.Path;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Saves and loads {@link Model}s as human-readable YAML model files:
 * <pre>
 * format: deltanet-model
 * version: 1
 * input-size: 2
 * loss: squared-error
 * scaling:
 *   method: min-max
 *   offset: [0.0, 0.0]
 *   scale: [1.0, 1.0]
 * layers:
 * - units: 2
 *   activation: sigmoid
 *   bias: [-1.5, 0.25]
 *   weights:
 *   - [4.0, 4.0]
 *   - [-3.0, 2.5]
 *   mask:
 *   - [1, 1]
 *   - [0, 1]
 * - units: 1
 *   activation: {name: leaky-relu, slope: 0.01}
 *   weights:
 *   - [1.0, -2.0]
 * </pre>
 * Weights are one row per unit with one number per input; {@code mask} and {@code bias-mask}
 * (1: present, 0: absent) appear only where some connection or bias is absent, {@code bias} only
 * where the layer has one. Doubles are written in full and read back exactly, so a loaded model
 * predicts bit for bit as the saved one.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Writes the model atomically.
     *
     * @throws ModelFileException if the file cannot be written
     */
    public static void write(Path file, Model model) {
        YamlDocuments.write(file, ModelMapping.document(model, DocumentFormat.MODEL));
    }

    /**
     * Reads a model, resolving its activations.
     *
     * @throws ModelFileException with a one-line message naming the file, line and column, if the
     *         file is missing, not a model file of a supported version, or wrong in any value
     */
    public static Model read(Path file, PluginResolver plugins) {
        ModelDocument document = YamlDocuments.read(file, DocumentFormat.MODEL, ModelDocument.class);
        return ModelMapping.model(document, file, YamlPath.root(), plugins);
    }
}
