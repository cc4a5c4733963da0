package org.deltanet.experiment.model;

import java.nio.file.Path;
import java.util.Map;
import org.deltanet.api.OptimizerState;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Saves and loads {@link Checkpoint}s as YAML:
 * <pre>
 * format: deltanet-checkpoint
 * version: 1
 * epoch: 12
 * optimizer-step: 480
 * optimizer-state:
 *   layer1.weights/velocity: [0.01, -0.002]
 *   layer1.bias/velocity: [0.0]
 * model:
 *   input-size: 2
 *   layers: ...            (as in a model file, without format and version)
 * </pre>
 * Written atomically, so a crash while saving leaves the previous checkpoint intact.
 */
public final class Checkpoints {

    private static final YamlPath MODEL = YamlPath.root().key("model");

    private Checkpoints() {
    }

    /**
     * Writes the checkpoint atomically.
     *
     * @throws ModelFileException if the file cannot be written
     */
    public static void write(Path file, Checkpoint checkpoint) {
        OptimizerState state = checkpoint.optimizerState();
        YamlDocuments.write(file, new CheckpointDocument(DocumentFormat.CHECKPOINT.name(),
                DocumentFormat.CHECKPOINT.version(), checkpoint.epoch(), state.step(), state.snapshot(),
                ModelMapping.document(checkpoint.model(), null)));
    }

    /**
     * Reads a checkpoint, resolving the model's activations.
     *
     * @throws ModelFileException with a one-line message naming the file, line and column
     */
    public static Checkpoint read(Path file, PluginResolver plugins) {
        CheckpointDocument document = YamlDocuments.read(file, DocumentFormat.CHECKPOINT, CheckpointDocument.class);
        if (document.epoch() < 0) {
            throw ModelFileException.at(file, YamlPath.root().key("epoch"), "epoch must be 0 or more, got "
                    + document.epoch());
        }
        if (document.optimizerStep() < 0) {
            throw ModelFileException.at(file, YamlPath.root().key("optimizer-step"),
                    "optimizer-step must be 0 or more, got " + document.optimizerStep());
        }
        Model model = ModelMapping.model(document.model(), file, MODEL, plugins);
        Map<String, double[]> buffers = document.optimizerState() == null ? Map.of() : document.optimizerState();
        OptimizerState state;
        try {
            state = OptimizerState.restore(document.optimizerStep(), buffers);
        } catch (IllegalArgumentException e) {
            throw ModelFileException.at(file, YamlPath.root().key("optimizer-state"), e.getMessage());
        }
        return new Checkpoint(model, document.epoch(), state);
    }
}
