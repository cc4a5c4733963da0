package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deltanet train examples/iris-regression.yaml} (petal width from three measurements),
 * then {@code evaluate}: numbers get MSE, MAE and R², and no accuracy, on the terminal, in
 * {@code summary.txt} and in {@code evaluation.json}.
 */
class IrisRegressionRunTest {

    private static final Path TEST_FLOWERS = EXAMPLES.resolve("data/iris-test.csv");
    private static final String TEST_SECTION = "{type: csv, file: '" + TEST_FLOWERS
            + "', label: petal_width, labels: numeric, features: [sepal_length, sepal_width, petal_length]}";

    @TempDir
    static Path output;

    private static CapturedRun trained;
    private static Path model;

    @BeforeAll
    static void train() {
        trained = CapturedRun.successful(
                "train", EXAMPLES.resolve("iris-regression.yaml"), "--output", output, "--set", "training.epochs=40");
        model = trained.runDirectory().resolve("model.yaml");
    }

    @Test
    void evaluatePrintsErrorsAndNoAccuracy() {
        CapturedRun evaluate = CapturedRun.successful("evaluate", model, "--source", TEST_SECTION);

        List<String> lines = evaluate.out().lines().toList();
        assertTrue(lines.get(0).matches("30 examples  loss \\d\\.\\d{4}"), lines.get(0));
        assertTrue(lines.get(2).matches("output +mse +mae +r2"), lines.get(2));
        double r2 = Double.parseDouble(lines.get(3).substring(lines.get(3).lastIndexOf(' ') + 1));
        assertTrue(r2 > 0.8 && r2 <= 1.0, "R² " + r2 + " of petal width from the other measurements");
        assertFalse(evaluate.out().contains("accuracy"), evaluate.out());
        assertEquals(0, evaluate.exitCode());
    }

    /** Nor do the progress lines and the {@code test:} line train prints. */
    @Test
    void theRunsSummaryAndEvaluationHaveNoAccuracy() throws IOException {
        String summary = Files.readString(trained.runDirectory().resolve("summary.txt"));
        String json = Files.readString(trained.runDirectory().resolve("evaluation.json"));

        assertFalse(summary.matches("(?s).*accuracy \\d.*"), summary);
        assertTrue(summary.contains("\ntest           loss "), summary);
        assertTrue(summary.contains("  R² "), summary);
        assertTrue(json.contains("\"kind\" : \"values\""), json);
        assertFalse(json.contains("accuracy"), json);
        assertFalse(Files.exists(trained.runDirectory().resolve("confusion.png")), "no confusion matrix for numbers");
        assertTrue(trained.out().contains("\ntest: loss "), trained.out());
        assertFalse(trained.out().contains(" acc "), "no accuracy in the progress lines:\n" + trained.out());
        assertFalse(trained.out().contains("accuracy"), trained.out());
    }

    /** metrics.csv has no accuracy columns, so there is no accuracy chart; a classification run's header is unchanged. */
    @Test
    void metricsCsvRecordsNoAccuracyAndNoAccuracyChartIsDrawn() throws IOException {
        List<String> metrics = Files.readAllLines(trained.runDirectory().resolve("metrics.csv"));

        assertEquals(
                "epoch,train_loss,validation_loss,learning_rate,seconds,mean_abs_delta_layer1,mean_abs_delta_layer2",
                metrics.get(0));
        assertEquals(41, metrics.size());
        assertEquals(7, metrics.get(40).split(",", -1).length);
        assertFalse(Files.exists(trained.runDirectory().resolve("accuracy.png")));
        assertTrue(Files.exists(trained.runDirectory().resolve("loss.png")));
    }

    /**
     * A regression run killed after epoch 3 resumes with its metrics.csv as written: without
     * accuracy columns, or (a run written before regression runs left accuracy out) with them.
     */
    @Test
    void aKilledRegressionRunResumesWithTheColumnsItsMetricsCsvHas(@TempDir Path runs) throws IOException {
        Path fresh = killedAfterEpochThree(runs.resolve("fresh"));
        Path older = killedAfterEpochThree(runs.resolve("older"));
        List<String> olderLines = Files.readAllLines(older.resolve("metrics.csv")).stream()
                .map(line -> line.startsWith("epoch")
                        ? "epoch,train_loss,train_accuracy,validation_loss,validation_accuracy"
                                + line.substring("epoch,train_loss,validation_loss".length())
                        : line.replaceFirst("^(\\d+,[^,]*),([^,]*),", "$1,0.5,$2,,"))
                .toList();
        Files.write(older.resolve("metrics.csv"), olderLines);

        CapturedRun.successful("train", "--resume", fresh);
        CapturedRun.successful("train", "--resume", older);

        List<String> freshMetrics = Files.readAllLines(fresh.resolve("metrics.csv"));
        assertEquals(7, freshMetrics.size());
        assertTrue(freshMetrics.get(0).startsWith("epoch,train_loss,validation_loss,"), freshMetrics.get(0));
        assertTrue(freshMetrics.stream().allMatch(line -> line.split(",", -1).length == 7), freshMetrics.toString());
        List<String> olderMetrics = Files.readAllLines(older.resolve("metrics.csv"));
        assertEquals(olderLines.subList(0, 4), olderMetrics.subList(0, 4));
        assertEquals(7, olderMetrics.size());
        assertTrue(olderMetrics.stream().allMatch(line -> line.split(",", -1).length == 9), olderMetrics.toString());
        assertEquals(List.of("complete"), Files.readAllLines(older.resolve("STATUS")));
        assertEquals(
                Files.readString(fresh.resolve("model.yaml")).replaceAll("\n  command: .*", ""),
                Files.readString(older.resolve("model.yaml")).replaceAll("\n  command: .*", ""),
                "the same weights either way");
    }

    private static Path killedAfterEpochThree(Path output) throws IOException {
        Path killed = CapturedRun.successful(
                        "train",
                        EXAMPLES.resolve("iris-regression.yaml"),
                        "--output",
                        output,
                        "--set",
                        "training.epochs=6",
                        "--set",
                        "training.checkpoint-every=1",
                        "--set",
                        "training.keep-last=6")
                .runDirectory();
        Files.writeString(killed.resolve("STATUS"), "running\n");
        Files.delete(killed.resolve("model.yaml"));
        for (String epoch : List.of("0004", "0005", "0006")) {
            Files.delete(killed.resolve("checkpoints/epoch-" + epoch + ".yaml"));
        }
        return killed;
    }

    /** Early stopping cannot watch an accuracy that numeric targets do not have. */
    @Test
    void earlyStoppingOnAccuracyIsRefusedForNumbers(@TempDir Path runs) {
        CapturedRun refused = CapturedRun.of(
                "train",
                EXAMPLES.resolve("iris-regression.yaml"),
                "--output",
                runs,
                "--set",
                "data.validation-split=0.2",
                "--set",
                "training.early-stopping={metric: validation-accuracy, patience: 3}");

        assertEquals(3, refused.exitCode(), refused.toString());
        assertTrue(
                refused.err()
                        .contains("training.early-stopping.metric: numeric targets have no accuracy (their scores are"
                                + " MSE, MAE and R²); use validation-loss"),
                refused.err());
        assertFalse(Files.exists(runs) && runs.toFile().list().length > 0, "no run directory");
    }

    @Test
    void aJsonFileInAFolderThatDoesNotExistIsRefusedBeforeEvaluating() {
        CapturedRun refused = CapturedRun.of(
                "evaluate",
                model,
                "--data",
                TEST_FLOWERS,
                "--label",
                "petal_width",
                "--json",
                output.resolve("no/x.json"));

        assertEquals(2, refused.exitCode(), refused.toString());
        assertTrue(
                refused.err().contains("--json " + output.resolve("no/x.json") + ": its folder does not exist"),
                refused.err());
        assertEquals("", refused.out());
    }

    @Test
    void jsonAndCsvCannotBothTakeStandardOutput() {
        CapturedRun refused = CapturedRun.of("evaluate", model, "--source", TEST_SECTION, "--json", "-", "--csv", "-");

        assertEquals(2, refused.exitCode(), refused.toString());
    }
}
