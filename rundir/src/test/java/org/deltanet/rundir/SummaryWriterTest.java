package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.deltanet.engine.metrics.ScoreCounter;
import org.deltanet.engine.metrics.TargetKind;
import org.deltanet.engine.train.Evaluation;
import org.deltanet.engine.train.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {

    @TempDir
    Path output;

    @Test
    void summarisesACompleteRunAndListsTheFilesItProduced() throws IOException {
        RunDirectory run = RunDirectory.create(output, "xor", Clock.systemDefaultZone());
        Files.writeString(run.metricsFile(), "epoch\n");
        Files.writeString(run.lossChart(), "png");
        Files.createDirectory(run.checkpointsDirectory());

        SummaryWriter.write(
                run,
                new RunSummary(
                        "xor",
                        RunStatus.complete(),
                        37,
                        100,
                        true,
                        OptionalInt.of(27),
                        new Metrics(0.01234, 1.0),
                        new Metrics(0.02, 0.95),
                        null,
                        TargetKind.LABELS,
                        Duration.ofMillis(72_340),
                        17,
                        "plain-java",
                        "weights of epoch 27, best by validation-loss (the run stopped early after epoch 37)",
                        "0.1.0",
                        "deltanet train xor.yaml --set training.epochs=100",
                        Double.NaN));

        assertEquals(
                """
                experiment     xor
                status         complete
                epochs run     37 of 100, stopped early; best epoch 27
                model          weights of epoch 27, best by validation-loss (the run stopped early after epoch 37)
                training       loss 0.0123  accuracy 1.0000
                validation     loss 0.0200  accuracy 0.9500
                test           -
                wall time      72.3 s (1:12)
                parameters     17
                kernel         plain-java
                deltanet       0.1.0 (deltanet train xor.yaml --set training.epochs=100)
                run directory  %s
                files          metrics.csv
                               checkpoints/
                               loss.png
                """
                        .formatted(run.path().toAbsolutePath()),
                Files.readString(run.summaryFile()));
    }

    @Test
    void summarisesAFailedRunWithoutMetrics() throws IOException {
        RunDirectory run = RunDirectory.create(output, "xor", Clock.systemDefaultZone());
        RunSummary failed = new RunSummary(
                "xor",
                RunStatus.failed("training diverged"),
                0,
                10,
                false,
                OptionalInt.empty(),
                null,
                null,
                null,
                TargetKind.CLASSES,
                Duration.ofMillis(1500),
                9,
                "plain-java",
                null,
                null,
                null,
                Double.NaN);

        SummaryWriter.write(run, failed);
        SummaryWriter.write(run, failed);

        String text = Files.readString(run.summaryFile());
        assertEquals(
                "status         failed: training diverged",
                text.lines().toList().get(1));
        assertEquals("epochs run     0 of 10", text.lines().toList().get(2));
        assertEquals("training       -", text.lines().toList().get(3));
        assertEquals(
                "files          -",
                text.lines().toList().get(text.lines().toList().size() - 1),
                "the summary does not list itself");
    }

    /** Numbers: no accuracy anywhere; the test line has MSE, MAE and R², and the table follows the fields. */
    @Test
    void aRegressionSummaryShowsErrorsAndNoAccuracy() throws IOException {
        RunDirectory run = RunDirectory.create(output, "line", Clock.systemDefaultZone());
        ScoreCounter counter = ScoreCounter.of(TargetKind.VALUES, List.of("y"), 1);
        counter.add(new double[] {1.0, 2.0, 4.0}, new double[] {1.0, 3.0, 5.0}, 3);
        Evaluation test = new Evaluation(new Metrics(0.3333, 0.0), counter.scores());
        SummaryWriter.write(
                run,
                new RunSummary(
                        "line",
                        RunStatus.complete(),
                        5,
                        5,
                        false,
                        OptionalInt.empty(),
                        new Metrics(0.5, 0.25),
                        null,
                        test,
                        TargetKind.VALUES,
                        Duration.ofMillis(100),
                        2,
                        "plain-java",
                        null,
                        null,
                        null,
                        Double.NaN));

        String text = Files.readString(run.summaryFile());
        List<String> lines = text.lines().toList();
        assertEquals("training       loss 0.5000", lines.get(3));
        // targets 1, 3, 5 (mean 3, SST 8); errors 0, -1, -1: MSE 2/3, MAE 2/3, R² 1 - 2/8
        assertEquals("test           loss 0.3333  MSE 0.666667  MAE 0.666667  R² 0.7500", lines.get(5));
        assertFalse(text.contains("accuracy"), text);
        assertTrue(
                text.endsWith(
                        """

                test evaluation
                3 examples  loss 0.3333

                output           mse           mae        r2
                y           0.666667      0.666667    0.7500
                """),
                text);
    }
}
