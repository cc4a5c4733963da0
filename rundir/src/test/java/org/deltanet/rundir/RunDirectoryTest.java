package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path output;

    @Test
    void namesTheDirectoryAfterTheExperimentAndTheTime() throws IOException {
        RunDirectory run = RunDirectory.create(output.resolve("runs"), "xor", FIXED);

        assertEquals(output.resolve("runs/xor-20260304-050607"), run.path());
        assertTrue(Files.isDirectory(run.path()));
        assertEquals(
                "running (pid " + ProcessHandle.current().pid() + ")\n",
                Files.readString(run.path().resolve("STATUS")));
    }

    @Test
    void neverReusesADirectoryWithTheSameNameAndTime() throws IOException {
        RunDirectory first = RunDirectory.create(output, "xor", FIXED);
        Files.writeString(first.metricsFile(), "first run's metrics");
        first.markComplete();

        RunDirectory second = RunDirectory.create(output, "xor", FIXED);
        RunDirectory third = RunDirectory.create(output, "xor", FIXED);

        assertEquals(output.resolve("xor-20260304-050607-2"), second.path());
        assertEquals(output.resolve("xor-20260304-050607-3"), third.path());
        assertEquals("first run's metrics", Files.readString(first.metricsFile()));
        assertEquals(RunStatus.complete(), first.status());
        assertEquals(RunStatus.running(), second.status());
    }

    @Test
    void concurrentRunsEachGetTheirOwnDirectory() throws Exception {
        int runs = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<Path>> created = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Callable<Path> create = () -> {
                    start.await();
                    return RunDirectory.create(output, "race", FIXED).path();
                };
                created.add(pool.submit(create));
            }
            start.countDown();
            Set<Path> paths = new HashSet<>();
            for (Future<Path> future : created) {
                paths.add(future.get());
            }
            assertEquals(runs, paths.size());
            try (Stream<Path> listed = Files.list(output)) {
                assertEquals(runs, listed.count());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void experimentNamesThatAreNotFileNamesAreMadeSafe() throws IOException {
        RunDirectory run = RunDirectory.create(output, "../my run/2", FIXED);

        assertEquals(output, run.path().getParent());
        assertEquals("..-my-run-2-20260304-050607", run.path().getFileName().toString());
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.create(output, "  ", FIXED));
    }

    @Test
    void statusMovesFromRunningToCompleteOrFailed() throws IOException {
        RunDirectory run = RunDirectory.create(output, "xor", FIXED);
        assertEquals(RunStatus.State.RUNNING, run.status().state());

        run.markFailed("training diverged: NaN in layer 2\n  at epoch 3");
        assertEquals(
                "failed: training diverged: NaN in layer 2 at epoch 3\n",
                Files.readString(run.path().resolve("STATUS")));
        assertEquals(RunStatus.failed("training diverged: NaN in layer 2 at epoch 3"), run.status());
        assertFalse(run.status().isComplete());

        run.markRunning();
        run.markComplete();
        assertTrue(RunDirectory.open(run.path()).status().isComplete());
        try (Stream<Path> listed = Files.list(run.path())) {
            assertEquals(
                    List.of("STATUS"),
                    listed.map(p -> p.getFileName().toString()).toList(),
                    "no temporary files are left behind");
        }
    }

    @Test
    void openingADirectoryWithoutStatusSaysItIsNotARun() throws IOException {
        Path plain = Files.createDirectory(output.resolve("plain"));

        IOException e = assertThrows(IOException.class, () -> RunDirectory.open(plain));
        assertTrue(e.getMessage().contains("not a run directory"), e.getMessage());
    }

    @Test
    void openingADirectoryWithAGarbledStatusNamesTheFile() throws IOException {
        RunDirectory run = RunDirectory.create(output, "xor", FIXED);
        Files.writeString(run.path().resolve("STATUS"), "finished?");

        IOException e = assertThrows(IOException.class, () -> RunDirectory.open(run.path()));
        assertTrue(e.getMessage().contains("STATUS") && e.getMessage().contains("finished?"), e.getMessage());
    }

    @Test
    void resolvesTheStandardFiles() throws IOException {
        RunDirectory run = RunDirectory.create(output, "xor", FIXED);

        assertEquals(
                List.of(
                        "experiment.yaml",
                        "metrics.csv",
                        "model.yaml",
                        "checkpoints",
                        "loss.png",
                        "accuracy.png",
                        "gradients.png",
                        "confusion.png",
                        "evaluation.json",
                        "summary.txt"),
                run.outputs().stream().map(p -> p.getFileName().toString()).toList());
        run.outputs().forEach(p -> assertEquals(run.path(), p.getParent()));
        assertNotEquals(run.lossChart(), run.gradientsChart());
    }
}
