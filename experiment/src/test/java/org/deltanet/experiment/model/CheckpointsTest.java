package org.deltanet.experiment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.deltanet.api.OptimizerState;
import org.deltanet.data.FeatureScaling;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.PluginSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {

    @TempDir
    Path dir;

    /** A state as an optimizer with two slots per parameter leaves it after some steps. */
    private static OptimizerState state(Network network, long seed) {
        Random random = new Random(seed);
        OptimizerState state = new OptimizerState();
        for (int step = 0; step < 1 + random.nextInt(500); step++) {
            state.advance();
        }
        for (int l = 1; l <= network.depth(); l++) {
            int weights = network.layer(l).weights().length;
            for (String slot : new String[] {"first-moment", "second-moment"}) {
                System.arraycopy(
                        RandomModels.values(random, weights),
                        0,
                        state.buffer(Network.weightsName(l), slot, weights),
                        0,
                        weights);
            }
            if (network.layer(l).hasBias()) {
                int units = network.layer(l).units();
                System.arraycopy(
                        RandomModels.values(random, units),
                        0,
                        state.buffer(Network.biasName(l), "first-moment", units),
                        0,
                        units);
            }
        }
        return state;
    }

    @Test
    void roundTripRestoresModelEpochAndIdenticalOptimizerState() {
        for (long seed = 1; seed <= 10; seed++) {
            Model model = RandomModels.model(seed);
            OptimizerState state = state(model.network(), seed);
            Path file = dir.resolve("checkpoint-" + seed + ".yaml");
            Checkpoints.write(file, new Checkpoint(model, (int) seed * 3, state));
            Checkpoint loaded = Checkpoints.read(file, TestPlugins.RESOLVER);
            assertEquals(seed * 3, loaded.epoch());
            assertTrue(state.sameAs(loaded.optimizerState()), "optimizer state of seed " + seed);
            assertEquals(
                    state.snapshot().keySet().stream().toList(),
                    loaded.optimizerState().snapshot().keySet().stream().toList(),
                    "buffer order");
            Predictions.assertSameNetwork(model.network(), loaded.model().network());
            assertEquals(model.scaling(), loaded.model().scaling());
            assertEquals(model.classes(), loaded.model().classes());
        }
    }

    /**
     * A float32 run's checkpoint stores its weights and its optimizer's float buffers as float32, and
     * a double buffer (a double-only optimizer's, through the SPI's converting default) as float64:
     * it restores the same state, bit for bit, in fewer bytes.
     */
    @Test
    void float32CheckpointsStoreFloatBuffersAsFloat32() throws IOException {
        for (long seed = 1; seed <= 10; seed++) {
            Model model = RandomModels.float32(seed);
            Network network = model.network();
            Random random = new Random(seed);
            OptimizerState state = new OptimizerState();
            state.advance();
            for (int l = 1; l <= network.depth(); l++) {
                float[] velocity = state.floatBuffer(
                        Network.weightsName(l), "velocity", network.layer(l).weights().length);
                for (int i = 0; i < velocity.length; i++) {
                    velocity[i] = (float) random.nextGaussian();
                }
            }
            double[] unrounded = state.buffer(Network.weightsName(1), "plugin-slot", 3);
            unrounded[0] = 0.1;
            Path file = dir.resolve("float32-" + seed + ".yaml");
            Checkpoints.write(file, new Checkpoint(model, 2, state));

            Path npz = Checkpoints.numbersFile(file);
            long which = seed;
            var arrays = NumpyArchive.read(Files.newInputStream(npz), Files.size(npz));
            arrays.forEach((name, tensor) -> assertEquals(
                    name.startsWith("scaling.") || name.endsWith("plugin-slot")
                            ? NumpyArchive.Storage.FLOAT64
                            : NumpyArchive.Storage.FLOAT32,
                    tensor.storage(),
                    name + " of seed " + which));
            Checkpoint loaded = Checkpoints.read(file, TestPlugins.RESOLVER);
            assertTrue(state.sameAs(loaded.optimizerState()), "optimizer state of seed " + seed);
            Predictions.assertSameNetwork(network, loaded.model().network());
        }
    }

    @Test
    void stateWithoutBuffers() {
        Model model = RandomModels.model(3);
        OptimizerState state = new OptimizerState();
        state.advance();
        Path file = dir.resolve("plain.yaml");
        Checkpoints.write(file, new Checkpoint(model, 1, state));
        assertTrue(state.sameAs(Checkpoints.read(file, TestPlugins.RESOLVER).optimizerState()));
    }

    @Test
    void replacingACheckpointLeavesNoTemporaryFiles() throws IOException {
        Model model = RandomModels.model(4);
        Path file = dir.resolve("checkpoint.yaml");
        Checkpoints.write(file, new Checkpoint(model, 1, new OptimizerState()));
        Checkpoints.write(file, new Checkpoint(model, 2, new OptimizerState()));
        assertEquals(2, Checkpoints.read(file, TestPlugins.RESOLVER).epoch());
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of(Checkpoints.numbersFile(file), file), files.sorted().toList());
        }
    }

    /** A version 2 checkpoint (the scaling inline) keeps loading, so a run interrupted before version 3 resumes. */
    @Test
    void versionTwoScalingInlineKeepsLoading() throws IOException {
        Layer layer = Layer.dense(2, 1, TestPlugins.RESOLVER.activation(PluginSpec.of("sigmoid")), true);
        Path file = dir.resolve("epoch-0002.yaml");
        Checkpoints.write(file, new Checkpoint(Model.of(new Network(List.of(layer))), 2, new OptimizerState()));
        String text = Files.readString(file);
        assertTrue(text.contains("version: 4\n") && text.contains("model:\n  input-size: 2\n"), text);
        Files.writeString(
                file,
                text.replace("version: 4\n", "version: 2\n")
                        .replace(
                                "model:\n",
                                "model:\n  scaling: {method: standardize, offset: [1.5, 0.0], scale: [2.0, 0.25]}\n"));
        assertEquals(
                Optional.of(new FeatureScaling("standardize", new double[] {1.5, 0.0}, new double[] {2.0, 0.25})),
                Checkpoints.read(file, TestPlugins.RESOLVER).model().scaling());
    }

    private String error(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("checkpoint.yaml"), text);
        var e = assertThrows(ModelFileException.class, () -> Checkpoints.read(file, TestPlugins.RESOLVER));
        return e.getMessage().replace(file.toString(), "checkpoint.yaml");
    }

    @Test
    void modelFileIsNotACheckpoint() throws IOException {
        Path model = dir.resolve("model.yaml");
        ModelFiles.write(model, RandomModels.model(5));
        assertEquals(
                "checkpoint.yaml:1:1: format is 'deltanet-model', expected 'deltanet-checkpoint'",
                error(Files.readString(model)));
    }

    @Test
    void errorsInTheNestedModelGiveItsPath() throws IOException {
        String checkpoint =
                """
                format: deltanet-checkpoint
                version: 1
                epoch: 4
                optimizer-step: 8
                optimizer-state:
                  layer1.weights/velocity: [0.5]
                model:
                  input-size: 1
                  layers:
                  - units: 1
                    activation: identity
                    weights:
                    - [2.0]
                """;
        assertEquals(
                4,
                Checkpoints.read(Files.writeString(dir.resolve("ok.yaml"), checkpoint), TestPlugins.RESOLVER)
                        .epoch());
        assertEquals(
                "checkpoint.yaml:10:5: unknown key 'unit' in model.layers[0]; did you mean 'units'?",
                error(checkpoint.replace("- units: 1", "- unit: 1")));
        assertEquals(
                "checkpoint.yaml:13:7: layer 1: weights row 1 has 2 numbers, expected 1 (one per input)",
                error(checkpoint.replace("- [2.0]", "- [2.0, 3.0]")));
        assertEquals(
                "checkpoint.yaml:5:1: optimizer state key 'velocity' is not of the form parameter/slot",
                error(checkpoint.replace("layer1.weights/velocity", "velocity")));
        assertEquals(
                "checkpoint.yaml:3:1: epoch must be 0 or more, got -1",
                error(checkpoint.replace("epoch: 4", "epoch: -1")));
        assertEquals(
                "checkpoint.yaml:1:1: missing key 'optimizer-step'",
                error(checkpoint.replace("optimizer-step: 8\n", "")));
    }
}
