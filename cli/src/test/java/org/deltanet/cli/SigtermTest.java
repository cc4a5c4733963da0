package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what {@code kill} and a cluster's scheduler send) stops training as Ctrl-C does: a final
 * checkpoint, the summary, {@code STATUS} saying where it stopped and how to resume, no temporary
 * file, exit 143; and it stops a sweep, keeping the variants that finished. (Resuming bit for bit
 * after a signal is {@link InterruptedRunTest}'s.)
 */
class SigtermTest {

    @TempDir
    Path dir;

    @Test
    void sigtermStopsAtAStepBoundaryAndLeavesAResumableRun() throws Exception {
        Path experiment = Files.writeString(
                dir.resolve("long.yaml"),
                """
                name: long
                data: { training: { type: xor } }
                model:
                  layers:
                    - { units: 8, activation: tanh }
                    - { units: 1, activation: sigmoid }
                loss: binary-cross-entropy
                optimizer: { name: sgd, learning-rate: 0.1 }
                training: { mode: stochastic, epochs: 1000000, checkpoint-every: 100 }
                """);
        Process process = InterruptedRunTest.train(
                "train", experiment.toString(), "--output", dir.resolve("runs").toString());
        Path run = await(
                process,
                dir.resolve("runs"),
                "its first checkpoint",
                folder -> Files.exists(folder.resolve("checkpoints/epoch-0100.yaml")));
        terminate(process);

        String status = Files.readString(run.resolve("STATUS")).strip();
        assertTrue(
                status.matches("interrupted at epoch \\d+, step \\d+; resume with: deltanet train --resume " + run),
                status);
        assertTrue(Files.readString(run.resolve("summary.txt")).contains("interrupted"), "summary says interrupted");
        try (Stream<Path> files = Files.walk(run)) {
            List<String> temporary = files.map(Path::toString)
                    .filter(name -> name.endsWith(".tmp"))
                    .toList();
            assertEquals(List.of(), temporary);
        }
    }

    /**
     * A sweep stops as a run does: the variant that finished is kept, the one still training is
     * cancelled and listed as interrupted, one notice and no stack trace, exit 143; {@code sweep
     * --resume} then trains the one that did not finish and keeps the other.
     */
    @Test
    void sigtermStopsASweepKeepingTheVariantsThatFinished() throws Exception {
        Path experiment = Files.writeString(
                dir.resolve("iris-sweep.yaml"),
                """
                name: iris
                data:
                  training: { type: csv, file: '%s', label: species }
                  validation-split: 0.2
                model: { layers: [ { units: 8, activation: tanh }, { units: 3, activation: softmax } ] }
                loss: cross-entropy
                optimizer: { name: adam, learning-rate: 0.01 }
                training: { batch-size: 16, checkpoint-every: 0 }
                sweep:
                  parameters:
                    training.epochs: [5, 200000]
                  metric: validation-loss
                """
                        .formatted(Repository.EXAMPLES.resolve("data/iris-train.csv")));
        Process process = InterruptedRunTest.train(
                "sweep",
                experiment.toString(),
                "--master",
                "local[2]",
                "--output",
                dir.resolve("runs").toString());
        Path sweep = await(process, dir.resolve("runs"), "its first variant", SigtermTest::holdsFirstVariant);
        String output = terminate(process);

        assertTrue(output.contains("deltanet: SIGTERM: stopping the variants not finished"), output);
        assertTrue(output.contains("deltanet: iris-02 interrupted before it finished"), output);
        String resume = "resume with: deltanet sweep --resume " + sweep;
        assertTrue(output.contains("deltanet: interrupted with 1 of 2 variants not finished; " + resume), output);
        assertFalse(output.contains("Exception") || output.contains("\tat "), output);
        assertEquals(
                "interrupted with 1 of 2 variants not finished; " + resume,
                Files.readString(sweep.resolve("STATUS")).strip());
        List<Path> kept = variants(sweep);
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).getFileName().toString().startsWith("iris-01-"), kept::toString);

        Process resumed = InterruptedRunTest.train("sweep", "--resume", sweep.toString(), "--master", "local[2]");
        assertTrue(resumed.waitFor(300, TimeUnit.SECONDS));
        String resumedOutput = new String(resumed.getInputStream().readAllBytes());
        assertEquals(0, resumed.exitValue(), resumedOutput);
        assertTrue(resumedOutput.contains("1 of 2 variants kept, 1 to train"), resumedOutput);
        assertEquals("complete", Files.readString(sweep.resolve("STATUS")).strip());
        List<Path> all = variants(sweep);
        assertEquals(2, all.size());
        assertEquals(kept.get(0), all.get(0), "iris-01 kept as it was");
        assertTrue(Files.readString(sweep.resolve("results.txt")).contains("200000"), resumedOutput);
    }

    private static List<Path> variants(Path sweep) throws Exception {
        try (Stream<Path> entries = Files.list(sweep)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Sends SIGTERM, waits for the process to end with exit code 143, and returns its output. */
    private static String terminate(Process process) throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid()))
                .start()
                .waitFor();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(143, process.exitValue(), output);
        return output;
    }

    /** The first folder in {@code output} that is {@code ready}, waited for while the process runs. */
    private static Path await(Process process, Path output, String what, Predicate<Path> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the process ended before " + what);
            try (Stream<Path> folders = Files.exists(output) ? Files.list(output) : Stream.empty()) {
                for (Path folder : folders.toList()) {
                    if (ready.test(folder)) {
                        return folder;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + what + " in time");
    }

    private static boolean holdsFirstVariant(Path sweep) {
        try (Stream<Path> entries = Files.list(sweep)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith("iris-01-"));
        } catch (IOException e) {
            return false;
        }
    }
}
