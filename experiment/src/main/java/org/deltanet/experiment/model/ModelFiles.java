package org.deltanet.experiment.model;

import java.nio.file.Path;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Saves and loads {@link Model}s: the structure as a human-readable YAML document, the numbers in
 * NumPy's {@code .npz} format beside it ({@code model.yaml} and {@code model.npz}):
 * <pre>
 * format: deltanet-model
 * version: 2
 * input-size: 2
 * loss: squared-error
 * scaling:
 *   method: min-max
 *   offset: [0.0, 0.0]
 *   scale: [1.0, 1.0]
 * numbers:
 *   file: model.npz
 *   bytes: 1234
 *   crc32c: 0a1b2c3d
 * layers:
 * - units: 2
 *   activation: sigmoid
 *   bias: true
 *   mask:
 *   - "11"
 *   - "01"
 * - units: 1
 *   activation: {name: leaky-relu, slope: 0.01}
 *   bias: false
 * </pre>
 * The numbers file holds {@code layer1.weights} (units x inputs) and {@code layer1.bias} per
 * layer as little-endian float64, so Python reads them with {@code numpy.load("model.npz")}. The
 * layers use the experiment's layer schema; {@code mask} and {@code bias-mask} (1: present, 0:
 * absent) appear only where some connection or bias is absent. Numbers are stored bit for bit, so
 * a loaded model predicts exactly as the saved one. Files of version 1 (numbers inline:
 * {@code bias: [...]}, {@code weights: [[...]]}) keep loading.
 */
public final class ModelFiles {

    private static final YamlPath NUMBERS = YamlPath.root().key("numbers");

    private ModelFiles() {}

    /**
     * Writes the model: the numbers file first, then the document that names it, each atomically.
     *
     * @throws ModelFileException if the files cannot be written
     */
    public static void write(Path file, Model model) {
        YamlDocuments.write(
                file,
                ModelMapping.tensors(model.network()),
                numbers -> ModelMapping.document(model, DocumentFormat.MODEL, numbers));
    }

    /**
     * Reads a model, resolving its activations.
     *
     * @throws ModelFileException with a one-line message naming the file, line and column, if the
     *         file is missing, not a model file of a supported version, or wrong in any value
     */
    public static Model read(Path file, PluginResolver plugins) {
        var read = YamlDocuments.read(file, DocumentFormat.MODEL, ModelDocument.class);
        ModelDocument document = read.document();
        var numbers = document.numbers() == null ? null : NumbersFiles.read(file, NUMBERS, document.numbers());
        return ModelMapping.model(document, file, YamlPath.root(), plugins, read.version() > 1, numbers, NUMBERS);
    }

    /** The numbers file of a model file: {@code model.npz} beside {@code model.yaml}. */
    public static Path numbersFile(Path file) {
        return NumbersFiles.beside(file);
    }
}
