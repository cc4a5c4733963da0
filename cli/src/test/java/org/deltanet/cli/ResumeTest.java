package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.deltanet.engine.train.StepStatistics;
import org.deltanet.engine.train.TrainingPosition;
import org.deltanet.experiment.model.Checkpoint;
import org.deltanet.experiment.model.Checkpoints;
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
        Path killed = killedDuringEpochThree();

        CapturedRun resumed = CapturedRun.successful("train", "--resume", killed);

        assertTrue(resumed.out().startsWith("deltanet: resuming " + killed + " after epoch 2"), resumed.out());
        assertEquals(killed, resumed.runDirectory());
        assertEquals(List.of("complete"), Files.readAllLines(killed.resolve("STATUS")));
        assertEquals(withoutCommand(whole.resolve("model.yaml")), withoutCommand(killed.resolve("model.yaml")));
    }

    /** A checkpoint inside an epoch is announced with its step, not as the end of the epoch before. */
    @Test
    void resumingFromInsideAnEpochSaysTheStep() throws IOException {
        Path killed = killedDuringEpochThree();
        checkpointInside(killed, 2, 1);

        CapturedRun resumed = CapturedRun.successful("train", "--resume", killed);

        assertTrue(
                resumed.out().startsWith("deltanet: resuming " + killed + " inside epoch 3, after step 1\n"),
                resumed.out());
    }

    /**
     * A run stopped inside its first epoch (its metrics.csv a header only) resumes and completes:
     * it had been refused as if it were a fresh run whose metrics.csv already existed.
     */
    @Test
    void aRunStoppedInsideItsFirstEpochResumes() throws IOException {
        Path stopped = killedDuringEpochThree();
        checkpointInside(stopped, 0, 2);
        for (String epoch : List.of("0001", "0002")) {
            Files.delete(stopped.resolve("checkpoints/epoch-" + epoch + ".yaml"));
        }
        List<String> metrics = Files.readAllLines(stopped.resolve("metrics.csv"));
        Files.writeString(stopped.resolve("metrics.csv"), metrics.get(0) + "\n");

        CapturedRun resumed = CapturedRun.successful("train", "--resume", stopped);

        assertTrue(
                resumed.out().startsWith("deltanet: resuming " + stopped + " inside epoch 1, after step 2\n"),
                resumed.out());
        assertEquals(List.of("complete"), Files.readAllLines(stopped.resolve("STATUS")));
        List<String> rows = Files.readAllLines(stopped.resolve("metrics.csv"));
        assertEquals(metrics.get(0), rows.get(0));
        assertEquals(6, rows.size(), "the header and epochs 1 to 5: " + rows);
    }

    /** --set with --resume is refused, saying why and what to do instead. */
    @Test
    void resumeTakesNoSetAndSaysWhatToDoInstead() {
        Path run = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"))
                .runDirectory();

        CapturedRun cli = CapturedRun.of("train", "--resume", run, "--set", "training.epochs=9");

        assertEquals(ExitCode.USAGE.code(), cli.exitCode(), cli::toString);
        assertTrue(
                cli.err()
                        .contains("so that it ends as an uninterrupted run would; it takes no FILE or --set."
                                + " To change a setting anyway (e.g. more epochs), edit RUN_DIR/experiment.yaml"),
                cli::toString);
    }

    /**
     * Writes a checkpoint {@code steps} steps into the epoch after {@code completed} epochs, with the
     * network and optimizer state of the run's checkpoint after epoch {@code max(completed, 1)}
     * (what matters is where training resumes, not the weights).
     */
    private static void checkpointInside(Path run, int completed, int steps) throws IOException {
        var plugins = new org.deltanet.experiment.config.PluginResolver(org.deltanet.registry.PluginRegistry.builtIn());
        var from = Checkpoints.read(
                run.resolve(String.format("checkpoints/epoch-%04d.yaml", Math.max(completed, 1))), plugins);
        int layers = from.model().network().depth();
        Checkpoints.write(
                run.resolve(String.format("checkpoints/epoch-%04d-step-%06d.yaml", completed + 1, steps)),
                new Checkpoint(
                        from.model(),
                        completed,
                        from.optimizerState(),
                        new TrainingPosition(
                                completed, steps, StepStatistics.of(0.5, 2, 4 * steps, new double[layers]))));
    }

    /** A run as a kill during epoch 3 leaves it: STATUS running, checkpoints up to epoch 2 and no model. */
    private Path killedDuringEpochThree() throws IOException {
        Path killed = CapturedRun.successful("train", experiment, "--output", dir.resolve("runs"))
                .runDirectory();
        Files.writeString(killed.resolve("STATUS"), "running\n");
        Files.delete(killed.resolve("model.yaml"));
        for (String epoch : List.of("0003", "0004", "0005")) {
            Files.delete(killed.resolve("checkpoints/epoch-" + epoch + ".yaml"));
        }
        return killed;
    }

    /** A model file without the command line its provenance records (a resumed run's is train --resume). */
    private static String withoutCommand(Path model) throws IOException {
        return Files.readString(model).replaceAll("(?s)\n  command: .*?\n  experiment:", "\n  experiment:");
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
