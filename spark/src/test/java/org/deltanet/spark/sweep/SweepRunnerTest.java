package org.deltanet.spark.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.deltanet.engine.math.Kernels;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.SweepMetric;
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.RunDirectory;
import org.deltanet.spark.LocalSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps over Iris in local mode: ranking, files, and variants that fail (once, for good, by their values). */
class SweepRunnerTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @AfterEach
    void clearFaults() {
        FaultInjection.PLAN.clear();
        FaultInjection.ATTEMPTS.clear();
    }

    @Test
    void fourVariantsFinishRankedWithTheirRunDirectoriesTableAndChart() throws IOException {
        SweepOutcome outcome = sweep(
                LocalSpark.iris(
                        40,
                        "",
                        """
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.03, 0.001]
                    model.layers[0].units: [2, 8]
                  metric: validation-loss
                """));

        assertTrue(outcome.complete(), text(outcome));
        List<SweepTable.Row> rows = outcome.table().rows();
        assertEquals(4, rows.size());
        String oneThread = Kernels.best(1).name();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).rank());
            if (i > 0) {
                assertTrue(value(rows.get(i - 1)) <= value(rows.get(i)), "ranked best first: " + text(outcome));
            }
            Path run = Path.of(rows.get(i).result().runDirectory());
            assertTrue(RunDirectory.open(run).status().isComplete());
            assertTrue(Files.exists(run.resolve("model.yaml")));
            assertEquals(outcome.directory(), run.getParent(), "written by the driver into the sweep directory");
            assertTrue(
                    Files.readString(run.resolve("summary.txt"))
                            .contains(run.toAbsolutePath().toString()),
                    "the summary names the run directory where it is, not the executor's scratch folder");
            assertTrue(
                    Pattern.compile("^kernel +" + Pattern.quote(oneThread) + "(;.*)?$", Pattern.MULTILINE)
                            .matcher(Files.readString(run.resolve("summary.txt")))
                            .find(),
                    "two variants at a time on two cores, each on its task's one thread: " + oneThread);
            for (String file : List.of("experiment.yaml", "report.html")) {
                assertTrue(
                        Files.readString(run.resolve(file))
                                .contains(
                                        LocalSpark.exampleData("iris-train.csv").toString()),
                        file + " names the driver's data path, not the task's staged copy");
            }
        }
        assertEquals(4, runDirectories(outcome).size(), "one run directory per variant, nothing else");
        assertEquals(
                "0.001",
                rows.get(3).variant().text("optimizer.learning-rate"),
                "40 epochs at a learning rate of 0.001 learn least");
        assertTrue(RunDirectory.open(outcome.directory()).status().isComplete());
        for (String file : List.of("results.csv", "results.txt", "validation-loss.png", "experiment.yaml")) {
            assertTrue(Files.size(outcome.directory().resolve(file)) > 0, file);
        }
        assertEquals(
                5,
                Files.readAllLines(outcome.directory().resolve("results.csv")).size());
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("iris-04 complete"));
        assertTrue(
                console.toString(StandardCharsets.UTF_8)
                        .contains(" on " + LocalSpark.MASTER + " (2 task slots, 1 thread each) into "),
                console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFailedTaskIsRetriedAndAVariantThatFailsForGoodFailsAlone() throws IOException {
        FaultInjection.PLAN.putAll(
                Map.of("iris-01", FaultInjection.Fault.FIRST_ATTEMPT, "iris-02", FaultInjection.Fault.EVERY_ATTEMPT));
        SweepOutcome outcome = sweep(
                LocalSpark.iris(
                        5,
                        "",
                        """
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.03, 0.02, -1, 0.01]
                  metric: test-accuracy
                """));

        assertFalse(outcome.complete());
        Map<String, VariantResult> byName = new java.util.HashMap<>();
        outcome.table().rows().forEach(row -> byName.put(row.name(), row.result()));
        assertNull(byName.get("iris-01").error(), "retried after its first attempt failed");
        assertEquals(1, FaultInjection.ATTEMPTS.get("iris-01"));
        assertTrue(
                byName.get("iris-02").error().contains("simulated fault in iris-02, attempt 1"),
                byName.get("iris-02").error());
        assertTrue(
                byName.get("iris-03").error().contains("learning-rate"),
                byName.get("iris-03").error());
        assertNull(byName.get("iris-04").error());
        assertEquals(
                2, outcome.table().rows().stream().filter(row -> row.rank() > 0).count());
        assertEquals(2, outcome.table().failures());
        assertTrue(RunDirectory.open(outcome.directory())
                .status()
                .toString()
                .startsWith("failed: 2 of 4 variants failed"));
        assertTrue(
                outcome.table().text().contains("simulated fault in iris-02"),
                outcome.table().text());
        List<Path> runs = runDirectories(outcome);
        assertEquals(2, runs.size(), "the failed attempts left no directory behind: " + runs);
        for (Path run : runs) {
            assertTrue(RunDirectory.open(run).status().isComplete(), run.toString());
        }
    }

    /**
     * A variant that runs out of heap fails alone, says what to change, leaves no run directory (so
     * that a resume trains it again), and the JVM, which is the driver's in local mode, goes on.
     */
    @Test
    void aVariantOutOfMemoryFailsAloneWithoutARunDirectoryAndTheSweepGoesOn() throws IOException {
        FaultInjection.PLAN.put("iris-02", FaultInjection.Fault.OUT_OF_MEMORY);
        SweepOutcome outcome = sweep(
                LocalSpark.iris(
                        5,
                        "",
                        """
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.03, 0.02, 0.01]
                  metric: test-accuracy
                """));

        assertFalse(outcome.complete());
        Map<String, VariantResult> byName = new java.util.HashMap<>();
        outcome.table().rows().forEach(row -> byName.put(row.name(), row.result()));
        VariantResult failed = byName.get("iris-02");
        assertTrue(
                failed.error().startsWith("out of memory: a Java heap of ")
                        && failed.error().contains("DELTANET_HEAP=4g")
                        && failed.error().contains("--master local[1]"),
                failed.error());
        assertNull(failed.runDirectory(), "nothing kept, so that a resume trains it again");
        assertEquals(0, FaultInjection.ATTEMPTS.get("iris-02"), "not retried: it would run out again");
        assertNull(byName.get("iris-01").error());
        assertNull(byName.get("iris-03").error());
        assertEquals(2, runDirectories(outcome).size(), "the other two variants' directories, nothing else");
    }

    /**
     * Interrupted once iris-01 (5 epochs) has finished, while iris-02 (ten million epochs) trains:
     * iris-01 is kept as it is, iris-02 is listed as interrupted with no run directory, the sweep's
     * STATUS says so, and no task is left running (the killed variant stopped at its next step;
     * uninterrupted it would train for hours).
     */
    @Test
    void anInterruptedSweepKeepsTheVariantsThatFinishedAndStopsTheOthers() throws IOException {
        Path file = folder.resolve("iris-sweep.yaml");
        Files.writeString(
                file,
                LocalSpark.iris(
                        1,
                        "",
                        """
                sweep:
                  parameters:
                    training.epochs: [5, 10000000]
                  metric: validation-loss
                """));
        LocalSpark.context();
        SweepRunner[] runner = new SweepRunner[1];
        OutputStream interruptingAfterTheFirst = new OutputStream() {
            @Override
            public void write(int b) {
                console.write(b);
                if (b == '\n' && console.toString(StandardCharsets.UTF_8).contains("iris-01 complete")) {
                    runner[0].interrupt();
                }
            }
        };
        runner[0] = new SweepRunner(
                new PrintStream(interruptingAfterTheFirst, true, StandardCharsets.UTF_8),
                PluginLoader.of(getClass().getClassLoader()));
        SweepOutcome outcome = runner[0].run(file, List.of(), folder.resolve("runs"));

        assertTrue(outcome.interrupted(), text(outcome));
        assertFalse(outcome.complete());
        List<SweepTable.Row> rows = outcome.table().rows();
        assertEquals(
                List.of("iris-01", "iris-02"),
                rows.stream().map(SweepTable.Row::name).toList());
        assertTrue(rows.get(0).result().completed());
        assertTrue(rows.get(1).result().interrupted());
        assertNull(rows.get(1).result().runDirectory());
        assertEquals(0, outcome.table().failures());
        assertEquals(List.of(Path.of(rows.get(0).result().runDirectory())), runDirectories(outcome));
        assertTrue(RunDirectory.open(runDirectories(outcome).get(0)).status().isComplete());
        assertEquals(
                "interrupted with 1 of 2 variants not finished; resume with: deltanet sweep --resume "
                        + outcome.directory(),
                RunDirectory.open(outcome.directory()).status().toString());
        assertTrue(
                Files.readString(outcome.directory().resolve("results.csv")).contains(",interrupted,,"),
                Files.readString(outcome.directory().resolve("results.csv")));
        assertTrue(
                Arrays.stream(LocalSpark.context().sc().statusTracker().getExecutorInfos())
                        .allMatch(executor -> executor.numRunningTasks() == 0),
                "a task still trains");
    }

    /**
     * A sweep that lost a variant's run directory (as an interrupted or killed one never wrote it)
     * and a half-written one: resumed, it keeps the others as they are, read back from their files
     * to the last bit, and trains the lost variant again into the same sweep directory, to the
     * result it had.
     */
    @Test
    void aResumedSweepKeepsTheVariantsItHasAndTrainsTheRest() throws IOException {
        SweepOutcome first = sweep(
                LocalSpark.iris(
                        20,
                        "",
                        """
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.03, 0.01, 0.003]
                  metric: test-accuracy
                """));
        assertTrue(first.complete(), text(first));
        Map<String, VariantResult> before = byName(first);
        Path lost = Path.of(before.get("iris-02").runDirectory());
        RunFiles.delete(lost);
        Files.createDirectory(first.directory().resolve(".iris-03-20260101-000000.partial"));
        RunDirectory.open(first.directory()).markInterrupted("with 1 of 3 variants not finished");

        SweepOutcome resumed = new SweepRunner(
                        new PrintStream(console, true, StandardCharsets.UTF_8),
                        PluginLoader.of(getClass().getClassLoader()))
                .resume(first.directory());

        assertTrue(resumed.complete(), text(resumed));
        assertTrue(RunDirectory.open(first.directory()).status().isComplete());
        Map<String, VariantResult> after = byName(resumed);
        for (String kept : List.of("iris-01", "iris-03")) {
            VariantResult was = before.get(kept);
            VariantResult is = after.get(kept);
            assertEquals(was.runDirectory(), is.runDirectory(), kept + " kept where it was");
            assertEquals(
                    List.of(
                            was.epochs(),
                            was.trainingLoss(),
                            was.trainingAccuracy(),
                            was.testLoss(),
                            was.testAccuracy()),
                    List.of(is.epochs(), is.trainingLoss(), is.trainingAccuracy(), is.testLoss(), is.testAccuracy()),
                    kept + " read back from its files");
        }
        VariantResult retrained = after.get("iris-02");
        assertEquals(first.directory(), Path.of(retrained.runDirectory()).getParent());
        assertTrue(RunDirectory.open(Path.of(retrained.runDirectory())).status().isComplete());
        assertEquals(before.get("iris-02").trainingLoss(), retrained.trainingLoss(), 1e-9, "the same variant, again");
        assertEquals(
                3, runDirectories(resumed).size(), "three run directories, no partial one: " + runDirectories(resumed));
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("2 of 3 variants kept, 1 to train"));
        assertTrue(
                console.toString(StandardCharsets.UTF_8).contains("deltanet: 1 variant trained in "),
                console.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyASweepThatDidNotFinishResumes() throws IOException {
        SweepOutcome complete = sweep(
                LocalSpark.iris(
                        2,
                        "",
                        """
                sweep:
                  parameters:
                    optimizer.learning-rate: [0.03]
                """));
        SweepRunner runner = new SweepRunner(
                new PrintStream(console, true, StandardCharsets.UTF_8),
                PluginLoader.of(getClass().getClassLoader()));
        assertEquals(
                complete.directory() + ": this sweep is complete; there is nothing to resume",
                assertThrows(ConfigException.class, () -> runner.resume(complete.directory()))
                        .getMessage());
        RunDirectory.open(complete.directory()).markRunning();
        assertTrue(assertThrows(ConfigException.class, () -> runner.resume(complete.directory()))
                .getMessage()
                .contains("this sweep is still running"));
    }

    private static Map<String, VariantResult> byName(SweepOutcome outcome) {
        Map<String, VariantResult> byName = new java.util.HashMap<>();
        outcome.table().rows().forEach(row -> byName.put(row.name(), row.result()));
        return byName;
    }

    /** The sweep directory's sub-folders, hidden ones included. */
    private static List<Path> runDirectories(SweepOutcome outcome) throws IOException {
        try (var entries = Files.list(outcome.directory())) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    private SweepOutcome sweep(String experiment) throws IOException {
        Path file = folder.resolve("iris-sweep.yaml");
        Files.writeString(file, experiment);
        LocalSpark.context();
        return new SweepRunner(
                        new PrintStream(console, true, StandardCharsets.UTF_8),
                        PluginLoader.of(getClass().getClassLoader()))
                .run(file, List.of(), folder.resolve("runs"));
    }

    private static double value(SweepTable.Row row) {
        return row.result().value(SweepMetric.VALIDATION_LOSS);
    }

    private String text(SweepOutcome outcome) {
        return console.toString(StandardCharsets.UTF_8) + outcome.table().text();
    }
}
