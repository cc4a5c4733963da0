package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code schedule:} as a user meets it: the rate each epoch used in {@code metrics.csv}, the
 * completed experiment file, a killed run with a per-step and with a stateful schedule resumed to
 * the uninterrupted run's model, bit for bit, and a schedule with a plugin jar's optimizer.
 */
class ScheduleRunTest {

    private static final String EXPERIMENT = BadInputTest.EXPERIMENT
            .replace(
                    "training: { mode: mini-batch, batch-size: 4, epochs: 2 }",
                    "training: { mode: mini-batch, batch-size: 4, epochs: 6, checkpoint-every: 1, keep-last: 6 }")
            .replace(
                    "training: { type: csv, file: flowers.csv, label: species }",
                    """
                    training: { type: csv, file: flowers.csv, label: species }
                      validation-split: 0.25""");

    @TempDir
    Path dir;

    private Path experiment(String schedule) throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        return Files.writeString(dir.resolve("flowers.yaml"), EXPERIMENT + "schedule: " + schedule + "\n");
    }

    private static double[] learningRates(Path run) throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("metrics.csv"));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("learning_rate");
        return lines.stream()
                .skip(1)
                .mapToDouble(line -> Double.parseDouble(line.split(",")[column]))
                .toArray();
    }

    @Test
    void metricsCsvShowsTheRateEachEpochUsed() throws IOException {
        Path run = CapturedRun.successful(
                        "train", experiment("{ name: exponential, gamma: 0.5 }"), "--output", dir.resolve("runs"))
                .runDirectory();
        double[] expected = {0.1, 0.05, 0.025, 0.0125, 0.00625, 0.003125};
        double[] rates = learningRates(run);
        assertEquals(expected.length, rates.length);
        for (int e = 0; e < expected.length; e++) {
            assertEquals(expected[e], rates[e], 1e-15, "epoch " + (e + 1));
        }
        String completed = Files.readString(run.resolve("experiment.yaml"));
        assertTrue(completed.contains("schedule:\n  name: exponential\n  gamma: 0.5\n"), completed);
    }

    @Test
    void withoutTheKeyTheScheduleIsConstantAndWrittenOut() throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        Path file = Files.writeString(dir.resolve("plain.yaml"), EXPERIMENT);
        Path run = CapturedRun.successful("train", file, "--output", dir.resolve("runs"))
                .runDirectory();
        assertTrue(Arrays.stream(learningRates(run)).allMatch(rate -> rate == 0.1));
        assertTrue(Files.readString(run.resolve("experiment.yaml")).contains("schedule: constant"));
    }

    /** A run killed after epoch 2 (as ResumeTest makes one) and resumed equals the uninterrupted run. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{ name: cosine, warmup: 4, min-factor: 0.05 }",
                // min-delta 10: no epoch counts as an improvement, so the rate halves every epoch
                "{ name: reduce-on-plateau, patience: 1, factor: 0.5, min-delta: 10 }"
            })
    void aKilledRunResumesTheScheduleBitForBit(String schedule) throws IOException {
        Path file = experiment(schedule);
        Path whole = CapturedRun.successful("train", file, "--output", dir.resolve("runs"))
                .runDirectory();
        Path killed = CapturedRun.successful("train", file, "--output", dir.resolve("runs"))
                .runDirectory();
        Files.writeString(killed.resolve("STATUS"), "running\n");
        Files.delete(killed.resolve("model.yaml"));
        for (String epoch : List.of("0003", "0004", "0005", "0006")) {
            Files.delete(killed.resolve("checkpoints/epoch-" + epoch + ".yaml"));
        }

        CapturedRun resumed = CapturedRun.successful("train", "--resume", killed);

        assertTrue(resumed.out().startsWith("deltanet: resuming " + killed + " after epoch 2"), resumed.out());
        assertTrue(
                Arrays.equals(
                        Files.readAllBytes(whole.resolve("model.npz")),
                        Files.readAllBytes(killed.resolve("model.npz"))),
                "weights differ after resuming with " + schedule);
        double[] rates = learningRates(whole);
        assertTrue(
                Arrays.stream(rates).distinct().count() > 1,
                () -> "the schedule " + schedule + " never changed the rate: " + Arrays.toString(rates));
        assertTrue(Arrays.equals(rates, learningRates(killed)), () -> "rates " + Arrays.toString(rates));
    }

    @Test
    void anUnknownScheduleIsNamedWithTheAvailableOnes() throws IOException {
        CapturedRun cli = CapturedRun.of("train", experiment("cosin"), "--output", dir.resolve("runs"));
        assertEquals(ExitCode.CONFIG.code(), cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("unknown schedule 'cosin'"), cli::toString);
        assertTrue(cli.err().contains("cosine"), cli::toString);
    }

    @Test
    void aParameterOutOfRangeIsNamed() throws IOException {
        CapturedRun cli =
                CapturedRun.of("train", experiment("{ name: step, gamma: 0 }"), "--output", dir.resolve("runs"));
        assertEquals(ExitCode.CONFIG.code(), cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("gamma"), cli::toString);
    }

    /** A schedule in a jar: listed by {@code plugins}, checked by {@code verify}, named in an experiment. */
    @Test
    void aScheduleFromAJarIsListedVerifiedAndTrains() throws IOException {
        Path jar = new PluginFixture("halving.jar")
                .source(
                        "fixture.Halving",
                        """
                        package fixture;
                        import org.deltanet.api.*;
                        public class Halving implements Schedule {
                            public String name() { return "halving"; }
                            public String description() { return "halves the rate every epoch"; }
                            public Unit unit() { return Unit.EPOCH; }
                            public double rate(double base, long epoch, long epochs, ScheduleState state) {
                                return base * Math.pow(0.5, Math.min(epoch - 1, 100));
                            }
                        }
                        """)
                .service(org.deltanet.api.Schedule.class, "fixture.Halving")
                .writeTo(dir.resolve("plugins"));

        CapturedRun listed =
                CapturedRun.of("plugins", "--plugins", dir.resolve("plugins").toString());
        assertTrue(listed.out().contains("schedules:"), listed::toString);
        assertTrue(listed.out().contains("  halving "), listed::toString);
        assertTrue(listed.out().contains("  reduce-on-plateau "), listed::toString);

        CapturedRun verified = CapturedRun.of("verify", jar.toString());
        assertEquals(ExitCode.OK.code(), verified.exitCode(), verified::toString);
        assertTrue(verified.out().contains("  schedule halving (fixture.Halving)"), verified::toString);
        assertTrue(
                verified.out().contains("pass  halving: a restored state continues identically"), verified::toString);

        Path run = CapturedRun.successful(
                        "train",
                        experiment("halving"),
                        "--plugins",
                        dir.resolve("plugins"),
                        "--output",
                        dir.resolve("runs"))
                .runDirectory();
        assertEquals(0.1 / 32, learningRates(run)[5], 1e-15);
    }
}
