package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.model.Checkpoints;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.registry.PluginRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Early stopping keeps the best epoch's weights ({@code restore-best}, the default), or the last
 * epoch's with {@code restore-best: false}; the summary and model.yaml say which epoch the model
 * holds. The run is made to stop deterministically: with a min-delta no epoch can beat, the first
 * epoch stays the best and patience 2 stops the run after epoch 3.
 */
class BestWeightsTest {

    private static final PluginResolver PLUGINS = new PluginResolver(PluginRegistry.builtIn());

    private static final String EXPERIMENT = BadInputTest.EXPERIMENT.replace(
            "training: { mode: mini-batch, batch-size: 4, epochs: 2 }",
            """
            training:
              mode: mini-batch
              batch-size: 4
              epochs: 20
              keep-last: 20
              early-stopping: { metric: training-loss, patience: 2, min-delta: 1000 RESTORE }
            """);

    @TempDir
    Path dir;

    @BeforeEach
    void writeData() throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
    }

    @Test
    void anEarlyStoppedRunKeepsTheWeightsOfItsBestEpoch() throws IOException {
        Path run = train("");

        assertHolds(run, "epoch-0001");
        assertHolds(run, "best");
        assertNotEqual(read(run.resolve("checkpoints/epoch-0003.yaml")), readModel(run));
        String summary = Files.readString(run.resolve("summary.txt"));
        assertTrue(summary.contains("epochs run     3 of 20, stopped early; best epoch 1\n"), summary);
        assertTrue(
                summary.contains("model          weights of epoch 1, best by training-loss"
                        + " (the run stopped early after epoch 3)\n"),
                summary);
        assertTrue(
                summary.contains(
                        "(deltanet train " + dir.resolve("flowers.yaml") + " --output " + dir.resolve("runs") + ")\n"),
                summary);
        String model = Files.readString(run.resolve("model.yaml"));
        assertTrue(model.contains("  command: deltanet train " + dir.resolve("flowers.yaml") + " --output "), model);
        assertTrue(model.contains("epoch: 1\n"), model);
        assertTrue(model.contains("weights: best by training-loss"), model);
    }

    @Test
    void restoreBestFalseKeepsTheLastEpochsWeights() throws IOException {
        Path run = train(", restore-best: false");

        assertHolds(run, "epoch-0003");
        String summary = Files.readString(run.resolve("summary.txt"));
        assertTrue(summary.contains("model          weights of epoch 3, last epoch\n"), summary);
    }

    /** The announcement names the epoch the model keeps, and the test metrics are that model's. */
    @Test
    void theAnnouncementNamesTheEpochTheModelKeeps() throws IOException {
        Files.writeString(dir.resolve("flowers.yaml"), EXPERIMENT.replace(" RESTORE", ""));

        CapturedRun cli = CapturedRun.successful("train", dir.resolve("flowers.yaml"), "--output", dir.resolve("runs"));

        assertTrue(cli.out().contains("the model keeps the weights of epoch 1\n"), cli.out());
    }

    /** The best checkpoint is never pruned by keep-last, and --resume does not take it for the newest. */
    @Test
    void theBestCheckpointOutlivesKeepLast() throws IOException {
        Files.writeString(
                dir.resolve("flowers.yaml"),
                EXPERIMENT.replace(" RESTORE", "").replace("keep-last: 20", "keep-last: 1"));

        Path run = CapturedRun.successful("train", dir.resolve("flowers.yaml"), "--output", dir.resolve("runs"))
                .runDirectory();

        try (var files = Files.list(run.resolve("checkpoints"))) {
            assertEquals(
                    List.of("best.npz", "best.yaml", "epoch-0003.npz", "epoch-0003.yaml", "kernels.txt"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertHolds(run, "best");
    }

    /** A run killed after its best epoch resumes, stops early, and restores the best checkpoint of the first session. */
    @Test
    void aResumedRunRestoresTheBestEpochOfItsEarlierSession() throws IOException {
        Path run = train("");
        Files.writeString(run.resolve("STATUS"), "running\n");
        Files.delete(run.resolve("model.yaml"));
        for (String epoch : List.of("0002", "0003")) {
            Files.delete(run.resolve("checkpoints/epoch-" + epoch + ".yaml"));
        }

        CapturedRun resumed = CapturedRun.successful("train", "--resume", run);

        assertTrue(resumed.out().contains("the model keeps the weights of epoch 1\n"), resumed.out());
        assertHolds(run, "epoch-0001");
    }

    private Path train(String restore) throws IOException {
        Files.writeString(dir.resolve("flowers.yaml"), EXPERIMENT.replace(" RESTORE", restore));
        Path run = CapturedRun.successful("train", dir.resolve("flowers.yaml"), "--output", dir.resolve("runs"))
                .runDirectory();
        assertTrue(Files.exists(run.resolve("checkpoints/epoch-0003.yaml")));
        assertFalse(Files.exists(run.resolve("checkpoints/epoch-0004.yaml")), "stopped after epoch 3");
        return run;
    }

    private static void assertHolds(Path run, String checkpoint) {
        Network expected = read(run.resolve("checkpoints/" + checkpoint + ".yaml"));
        Network actual = readModel(run);
        for (int l = 1; l <= expected.depth(); l++) {
            assertArrayEquals(expected.layer(l).weights(), actual.layer(l).weights(), "layer " + l + " weights");
            assertArrayEquals(expected.layer(l).bias(), actual.layer(l).bias(), "layer " + l + " bias");
        }
    }

    private static void assertNotEqual(Network a, Network b) {
        assertFalse(
                java.util.Arrays.equals(a.layer(1).weights(), b.layer(1).weights()),
                "training moved the weights between epoch 1 and epoch 3");
    }

    private static Network read(Path checkpoint) {
        return Checkpoints.read(checkpoint, PLUGINS).model().network();
    }

    private static Network readModel(Path run) {
        Model model = ModelFiles.read(run.resolve("model.yaml"), PLUGINS);
        return model.network();
    }
}
