package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
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
                        Duration.ofMillis(72_340),
                        17,
                        "plain-java",
                        "weights of epoch 27, best by validation-loss (the run stopped early after epoch 37)",
                        "0.1.0",
                        "deltanet train xor.yaml --set training.epochs=100"));

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
                Duration.ofMillis(1500),
                9,
                "plain-java",
                null,
                null,
                null);

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
}
