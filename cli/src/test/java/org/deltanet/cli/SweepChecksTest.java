package org.deltanet.cli;

import static org.deltanet.cli.BadInputTest.assertOneMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code train} refuses before its run directory, {@code sweep} refuses before its sweep
 * directory and before Spark starts, with {@code train}'s message and exit code: a data file that
 * is missing (as written, or only in a variant, which is then named), and a metric its targets do
 * not have (an accuracy of numbers), which {@code validate} refuses alike. Each sweep names a
 * standalone master that refuses connections: had Spark started, the exit code would be 9.
 */
class SweepChecksTest {

    private static final String NO_MASTER = "spark://127.0.0.1:1";

    /** BadInputTest's flowers as regression: x2 from x1, which has no accuracy. */
    private static final String NUMBERS = BadInputTest.EXPERIMENT
            .replace("label: species }", "label: x2, labels: numeric, features: [x1] }")
            .replace("{ units: 3, activation: softmax }", "{ units: 1, activation: identity }")
            .replace("loss: cross-entropy", "loss: squared-error");

    @TempDir
    Path dir;

    private Path runs() {
        return dir.resolve("runs");
    }

    private Path experiment(String text, String sweep) throws IOException {
        Files.writeString(dir.resolve("flowers.csv"), BadInputTest.FLOWERS);
        return Files.writeString(dir.resolve("bad.yaml"), text + sweep);
    }

    private CapturedRun sweep(Path file) {
        return CapturedRun.of("sweep", file, "--master", NO_MASTER, "--output", runs());
    }

    private void assertNothingCreated() {
        assertFalse(Files.exists(runs()), "no sweep directory, nor its folder");
    }

    @Test
    void aMissingDataFileIsTrainsMessageBeforeTheSweepDirectory() throws IOException {
        Path file = experiment(
                BadInputTest.EXPERIMENT.replace("file: flowers.csv", "file: flower.csv"),
                "sweep: { parameters: { optimizer.learning-rate: [0.1, 0.03] }, metric: training-loss }\n");

        CapturedRun train = CapturedRun.of("train", file, "--output", runs());
        CapturedRun sweep = sweep(file);

        String expected = "deltanet: " + dir.resolve("flower.csv") + ": no such file";
        assertOneMessage(train, ExitCode.DATA, List.of(expected));
        assertOneMessage(sweep, ExitCode.DATA, List.of(expected));
        assertEquals(train.messages(), sweep.messages(), "train's message, word for word");
        assertNothingCreated();
    }

    @Test
    void aDataFileOnlyAVariantReadsNamesTheVariantAndItsValue() throws IOException {
        Path file = experiment(
                BadInputTest.EXPERIMENT,
                """
                sweep:
                  parameters:
                    data.training.file: [flowers.csv, flower.csv]
                    optimizer.learning-rate: [0.1, 0.03]
                  metric: training-loss
                """);

        CapturedRun sweep = sweep(file);

        assertOneMessage(
                sweep,
                ExitCode.DATA,
                List.of("deltanet: " + dir.resolve("flower.csv")
                        + ": no such file; variant bad-03 reads it (data.training.file: flower.csv)"));
        assertNothingCreated();
    }

    @Test
    void anAccuracyOfNumericTargetsIsRefusedAtSweepMetricByValidateAndSweep() throws IOException {
        Path file = experiment(
                NUMBERS + "sweep:\n  parameters:\n    optimizer.learning-rate: [0.1, 0.03]\n",
                "  metric: training-accuracy\n");
        String expected = "deltanet: " + file + ":14:3: sweep.metric: numeric targets have no accuracy"
                + " (their scores are MSE, MAE and R²); use training-loss";

        assertOneMessage(CapturedRun.of("validate", file), ExitCode.CONFIG, List.of(expected));
        assertOneMessage(sweep(file), ExitCode.CONFIG, List.of(expected));
        assertOneMessage(
                CapturedRun.of(
                        "validate",
                        file,
                        "--set",
                        "data.validation-split=0.3",
                        "--set",
                        "sweep.metric=validation-accuracy"),
                ExitCode.CONFIG,
                List.of(file + " with --set sweep.metric=validation-accuracy: sweep.metric: numeric targets"
                        + " have no accuracy (their scores are MSE, MAE and R²); use validation-loss"));
        assertNothingCreated();
    }

    /**
     * A swept key that no variant's plugin takes (a typo in a parameter's name) stops the sweep
     * before it starts, with the message {@code train} gives for the same value: every variant's
     * task had failed with it, one by one, in a sweep directory that then read failed.
     */
    @Test
    void aSweptPluginParameterThatNoVariantTakesStopsTheSweepWithTrainsMessage() throws IOException {
        Path file = experiment(
                BadInputTest.EXPERIMENT,
                "sweep: { parameters: { optimizer.learnin-rate: [0.1, 0.03] }, metric: training-loss }\n");

        CapturedRun train = CapturedRun.of("train", file, "--output", runs(), "--set", "optimizer.learnin-rate=0.1");
        CapturedRun sweep = sweep(file);

        assertOneMessage(
                sweep,
                ExitCode.CONFIG,
                List.of("deltanet: " + file + " with --set optimizer.learnin-rate=0.1: optimizer: unknown parameter"
                        + " 'learnin-rate', did you mean 'learning-rate'? Valid parameters: learning-rate"));
        assertEquals(train.messages(), sweep.messages(), "train's message, word for word");
        assertNothingCreated();
    }

    @Test
    void accuraciesOfClassesAndLossesOfNumbersStayValid() throws IOException {
        Path classes = experiment(
                BadInputTest.EXPERIMENT,
                "sweep: { parameters: { optimizer.learning-rate: [0.1, 0.03] }, metric: training-accuracy }\n");
        CapturedRun.successful("validate", classes);
        Path numbers = experiment(
                NUMBERS, "sweep: { parameters: { optimizer.learning-rate: [0.1, 0.03] }, metric: training-loss }\n");
        CapturedRun.successful("validate", numbers);
    }
}
