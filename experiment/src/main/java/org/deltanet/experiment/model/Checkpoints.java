package org.deltanet.experiment.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.train.StepStatistics;
import org.deltanet.engine.train.TrainingPosition;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Saves and loads {@link Checkpoint}s as a YAML document and an {@code .npz} numbers file beside
 * it ({@code epoch-0012.yaml} and {@code epoch-0012.npz}):
 * <pre>
 * format: deltanet-checkpoint
 * version: 4
 * epoch: 12
 * optimizer-step: 480
 * optimizer-buffers: [layer1.weights/velocity, layer1.bias/velocity]
 * numbers: {file: epoch-0012.npz, bytes: 1234, crc32c: 0a1b2c3d}
 * model:
 *   input-size: 2
 *   layers: ...            (as in a model file, without format, version and numbers)
 * </pre>
 * The numbers file holds the model's arrays ({@code layer1.weights}, ..., {@code scaling.offset},
 * {@code scaling.scale}) and the optimizer's ({@code optimizer/layer1.weights/velocity}, ...); in a
 * float32 run's checkpoint each array that holds float values only is stored as float32.
 * The numbers are written first and the document last, each atomically, so a crash while saving
 * leaves the previous checkpoint as the newest whole one. Checkpoints of version 1 (all numbers
 * inline) and 2 (the scaling inline) keep loading.
 */
public final class Checkpoints {

    private static final YamlPath MODEL = YamlPath.root().key("model");
    private static final YamlPath NUMBERS = YamlPath.root().key("numbers");
    private static final String OPTIMIZER = "optimizer/";

    private Checkpoints() {}

    /**
     * Writes the checkpoint: numbers first, then the document, each atomically.
     *
     * @throws ModelFileException if the files cannot be written
     */
    public static void write(Path file, Checkpoint checkpoint) {
        save(file, checkpoint, YamlDocuments::write);
    }

    /**
     * Encodes the checkpoint as {@link #write} would, into memory, and throws the bytes away: no file
     * is written. {@link CheckpointListener} uses it to warm up the writer.
     */
    static void encode(Path file, Checkpoint checkpoint) {
        save(file, checkpoint, YamlDocuments::encode);
    }

    /** Where {@link #save} puts a document and its numbers: into files, or nowhere. */
    @FunctionalInterface
    private interface Output {
        void put(Path file, Map<String, NumpyArchive.Tensor> numbers, Function<NumbersReference, Object> document);
    }

    private static void save(Path file, Checkpoint checkpoint, Output output) {
        OptimizerState state = checkpoint.optimizerState();
        Map<String, double[]> buffers = state.snapshot();
        Map<String, NumpyArchive.Tensor> numbers = new LinkedHashMap<>(ModelMapping.tensors(checkpoint.model()));
        buffers.forEach((name, values) -> numbers.put(
                OPTIMIZER + name, ModelMapping.stored(checkpoint.model(), NumpyArchive.Tensor.vector(values))));
        TrainingPosition position = checkpoint.position();
        StepStatistics partial = position.partial();
        output.put(
                file,
                numbers,
                reference -> new CheckpointDocument(
                        DocumentFormat.CHECKPOINT.name(),
                        DocumentFormat.CHECKPOINT.version(),
                        checkpoint.epoch(),
                        state.step(),
                        null,
                        buffers.isEmpty() ? null : List.copyOf(buffers.keySet()),
                        reference,
                        position.atEpochBoundary() ? null : position.stepsDone(),
                        position.atEpochBoundary()
                                ? null
                                : new CheckpointDocument.Partial(
                                        partial.lossSum(), partial.correct(), partial.rows(), partial.deltaSums()),
                        ModelMapping.document(checkpoint.model(), null, null)));
    }

    /** The numbers file of a checkpoint: {@code epoch-0012.npz} beside {@code epoch-0012.yaml}. */
    public static Path numbersFile(Path file) {
        return NumbersFiles.beside(file);
    }

    /**
     * Reads a checkpoint, resolving the model's activations.
     *
     * @throws ModelFileException with a one-line message naming the file, line and column
     */
    public static Checkpoint read(Path file, PluginResolver plugins) {
        var read = YamlDocuments.read(file, DocumentFormat.CHECKPOINT, CheckpointDocument.class);
        CheckpointDocument document = read.document();
        if (document.epoch() < 0) {
            throw ModelFileException.at(
                    file, YamlPath.root().key("epoch"), "epoch must be 0 or more, got " + document.epoch());
        }
        if (document.optimizerStep() < 0) {
            throw ModelFileException.at(
                    file,
                    YamlPath.root().key("optimizer-step"),
                    "optimizer-step must be 0 or more, got " + document.optimizerStep());
        }
        boolean inline = read.version() == 1;
        if (!inline && document.numbers() == null) {
            throw ModelFileException.at(
                    file, YamlPath.root(), "missing key 'numbers' (the .npz file with the weights)");
        }
        var numbers = inline ? null : NumbersFiles.read(file, NUMBERS, document.numbers());
        Model model = ModelMapping.model(document.model(), file, MODEL, plugins, !inline, numbers, NUMBERS);
        Map<String, double[]> buffers =
                inline ? optional(document.optimizerState()) : buffers(file, document.optimizerBuffers(), numbers);
        OptimizerState state;
        try {
            state = OptimizerState.restore(document.optimizerStep(), buffers);
        } catch (IllegalArgumentException e) {
            throw ModelFileException.at(
                    file, YamlPath.root().key(inline ? "optimizer-state" : "optimizer-buffers"), e.getMessage());
        }
        return new Checkpoint(model, document.epoch(), state, position(file, document, model));
    }

    private static TrainingPosition position(Path file, CheckpointDocument document, Model model) {
        int steps = document.step() == null ? 0 : document.step();
        if (steps < 0) {
            throw ModelFileException.at(file, YamlPath.root().key("step"), "step must be 0 or more, got " + steps);
        }
        if (steps == 0) {
            return TrainingPosition.after(document.epoch());
        }
        CheckpointDocument.Partial partial = document.partial();
        if (partial == null
                || partial.deltaSums() == null
                || partial.deltaSums().length != model.network().depth()) {
            throw ModelFileException.at(
                    file,
                    YamlPath.root().key("partial"),
                    "a checkpoint inside an epoch needs"
                            + " 'partial' with loss-sum, correct, rows and one delta-sums number per layer");
        }
        return new TrainingPosition(
                document.epoch(),
                steps,
                StepStatistics.of(partial.lossSum(), partial.correct(), partial.rows(), partial.deltaSums()));
    }

    private static Map<String, double[]> optional(Map<String, double[]> buffers) {
        return buffers == null ? Map.of() : buffers;
    }

    private static Map<String, double[]> buffers(
            Path file, List<String> names, Map<String, NumpyArchive.Tensor> numbers) {
        Map<String, double[]> buffers = new LinkedHashMap<>();
        for (String name : names == null ? List.<String>of() : names) {
            NumpyArchive.Tensor tensor = numbers.get(OPTIMIZER + name);
            if (tensor == null) {
                throw ModelFileException.at(file, NUMBERS, "the numbers file has no array '" + OPTIMIZER + name + "'");
            }
            buffers.put(name, tensor.values());
        }
        return buffers;
    }
}
