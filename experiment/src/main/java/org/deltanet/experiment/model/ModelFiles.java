package org.deltanet.experiment.model;

import java.nio.file.Files;
import java.nio.file.Path;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.rundir.RunDirectory;

/**
 * Saves and loads {@link Model}s: the structure as a human-readable YAML document, the numbers in
 * NumPy's {@code .npz} format beside it ({@code model.yaml} and {@code model.npz}):
 * <pre>
 * format: deltanet-model
 * version: 4
 * input-size: 2
 * loss: squared-error
 * scaling:
 *   method: min-max
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
 * layer, and the scaling's {@code scaling.offset} and {@code scaling.scale} (one per input), as
 * little-endian float64, so Python reads them with {@code numpy.load("model.npz")}. The
 * layers use the experiment's layer schema; {@code mask} and {@code bias-mask} (1: present, 0:
 * absent) appear only where some connection or bias is absent. Numbers are stored bit for bit, so
 * a loaded model predicts exactly as the saved one. Files of version 1 (numbers inline:
 * {@code bias: [...]}, {@code weights: [[...]]}) and of version 2 (the scaling's
 * {@code offset: [...]} and {@code scale: [...]} inline) keep loading.
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
                ModelMapping.tensors(model),
                numbers -> ModelMapping.document(model, DocumentFormat.MODEL, numbers));
    }

    /**
     * Reads a model, resolving its activations.
     *
     * @param path a model file, or a run directory, whose {@code model.yaml} is read
     * @throws ModelFileException with a one-line message naming the file, line and column, if the
     *         file is missing, not a model file of a supported version, or wrong in any value; or
     *         if a directory holds no {@code model.yaml}
     */
    public static Model read(Path path, PluginResolver plugins) {
        Path file = modelFileOf(path);
        var read = YamlDocuments.read(file, DocumentFormat.MODEL, ModelDocument.class);
        ModelDocument document = read.document();
        var numbers = document.numbers() == null ? null : NumbersFiles.read(file, NUMBERS, document.numbers());
        return ModelMapping.model(document, file, YamlPath.root(), plugins, read.version() > 1, numbers, NUMBERS);
    }

    /**
     * The model file {@code path} names: {@code path} itself, or the {@code model.yaml} of the run
     * directory {@code path}.
     *
     * @throws ModelFileException if {@code path} is a directory without a {@code model.yaml}
     */
    public static Path modelFileOf(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        Path file = path.resolve(RunDirectory.MODEL_FILE);
        if (Files.isRegularFile(file)) {
            return file;
        }
        String unfinished = Files.isDirectory(path.resolve(RunDirectory.CHECKPOINTS))
                ? "; this run has not finished: resume it with deltanet train --resume " + path
                : "";
        throw new ModelFileException(
                path + ": a directory without " + RunDirectory.MODEL_FILE
                        + "; give a model file, or the directory of a finished run" + unfinished,
                null);
    }

    /** The numbers file of a model file: {@code model.npz} beside {@code model.yaml}. */
    public static Path numbersFile(Path file) {
        return NumbersFiles.beside(file);
    }
}
