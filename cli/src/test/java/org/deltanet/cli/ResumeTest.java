package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deltanet train --resume RUN_DIR}: a killed run continues to the same model; what cannot be resumed. */
class ResumeTest {

    private static final String EXPERIMENT = BadInputTest.EXPERIMENT
            .replace(
                    "training: { mode: mini-batch, batch-size: 4, epochs: 2 }",
                    "training: { mode: mini-batch, batch-size: 4, epochs: 5, checkpoint-every: 1, keep-last: 5 }")
            .replace("sgd, learning-rate: 0.1", "momentum, learning-rate: 0.1, momentum: 0.9");

    @TempDir
    Path dir;

    Path experiment;

    @BeforeEach
    void writeExperiment() throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        experiment = Files.writeString(dir.resolve("flowers.yaml"), EXPERIMENT);
    }

    /** A run killed during epoch 3 leaves STATUS running, checkpoints up to epoch 2 and no model. */
    @Test
    void aKilledRunResumesToTheModelOfAnUninterruptedOne() throws IOException {
        Path whole = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"))
                .runDirectory();
        Path killed = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"))
                .runDirectory();
        Files.writeString(killed.resolve("STATUS"), "running\n");
        Files.delete(killed.resolve("model.yaml"));
        for (String epoch : List.of("0003", "0004", "0005")) {
            Files.delete(killed.resolve("checkpoints/epoch-" + epoch + ".yaml"));
        }

        CapturedRun resumed = CapturedRun.successful("train", "--resume", killed);

        assertTrue(resumed.out().startsWith("deltanet: resuming " + killed + " after epoch 2"), resumed.out());
        assertEquals(killed, resumed.runDirectory());
        assertEquals(List.of("complete"), Files.readAllLines(killed.resolve("STATUS")));
        assertEquals(Files.readString(whole.resolve("model.yaml")), Files.readString(killed.resolve("model.yaml")));
    }

    @Test
    void aCompleteRunHasNothingToResume() {
        Path complete = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"))
                .runDirectory();

        CapturedRun cli = CapturedRun.of("train", "--resume", complete);

        BadInputTest.assertOneMessage(
                cli, ExitCode.CONFIG, List.of(complete + ": this run is complete; there is nothing to resume"));
    }

    @Test
    void aFolderThatIsNoRunDirectoryIsNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("elsewhere"));

        CapturedRun cli = CapturedRun.of("train", "--resume", folder);

        BadInputTest.assertOneMessage(
                cli,
                ExitCode.CONFIG,
                List.of(folder + ": not a run directory: it has no STATUS file;"
                        + " give the directory train printed, e.g. runs/xor-20260101-120000"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }
}
