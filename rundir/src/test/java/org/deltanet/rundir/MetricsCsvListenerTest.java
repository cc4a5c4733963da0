package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.engine.train.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvListenerTest {

    private static final String HEADER = "epoch,train_loss,train_accuracy,validation_loss,"
            + "validation_accuracy,learning_rate,seconds,mean_abs_delta_layer1,mean_abs_delta_layer2";
    private static final String REGRESSION_HEADER =
            "epoch,train_loss,validation_loss,learning_rate,seconds,mean_abs_delta_layer1,mean_abs_delta_layer2";

    @TempDir
    Path directory;

    @Test
    void writesOneRowPerEpochOfARealRun() throws IOException {
        Path file = directory.resolve("metrics.csv");
        MetricsCsvListener metrics = MetricsCsvListener.create(file, TinyTraining.LAYERS);

        new TinyTraining().train(3, true, metrics);

        List<String> lines = Files.readAllLines(file);
        assertEquals(HEADER, lines.get(0));
        assertEquals(4, lines.size());
        List<EpochRow> rows = metrics.history().rows();
        for (int e = 1; e <= 3; e++) {
            String[] cells = lines.get(e).split(",", -1);
            assertEquals(9, cells.length);
            assertEquals(Integer.toString(e), cells[0]);
            assertEquals("0.5", cells[5]);
            EpochRow row = rows.get(e - 1);
            assertEquals(
                    row,
                    new MetricsCsv(TinyTraining.LAYERS, true, false).parse(lines.get(e)),
                    "file and history agree");
            assertTrue(row.training().loss() > 0 && row.validation().loss() > 0);
            assertTrue(row.meanAbsDelta(1) > 0 && row.meanAbsDelta(2) > 0);
        }
    }

    @Test
    void leavesValidationCellsEmptyWithoutAValidationSet() throws IOException {
        Path file = directory.resolve("metrics.csv");
        MetricsCsvListener metrics = MetricsCsvListener.create(file, TinyTraining.LAYERS);

        new TinyTraining().train(2, false, metrics);

        String[] cells = Files.readAllLines(file).get(1).split(",", -1);
        assertEquals("", cells[3]);
        assertEquals("", cells[4]);
        assertNull(metrics.history().rows().get(0).validation());
        assertEquals(false, metrics.history().hasValidation());
    }

    @Test
    void aResumedRunKeepsEarlierRowsDropsLaterOnesAndAppends() throws IOException {
        Path file = directory.resolve("metrics.csv");
        TinyTraining training = new TinyTraining();
        training.train(5, true, MetricsCsvListener.create(file, TinyTraining.LAYERS));
        List<String> firstSession = Files.readAllLines(file);
        Files.writeString(file, "6,0.1,0.", java.nio.file.StandardOpenOption.APPEND); // cut off by a kill

        MetricsCsvListener resumed = MetricsCsvListener.resume(file, TinyTraining.LAYERS, 3);
        assertEquals(3, resumed.history().rows().size(), "history holds the kept epochs for the charts");
        training.resume(3, 6, true, resumed);

        List<String> lines = Files.readAllLines(file);
        assertEquals(firstSession.subList(0, 4), lines.subList(0, 4), "header and epochs 1-3 kept as written");
        assertEquals(7, lines.size());
        assertEquals(
                List.of("4", "5", "6"),
                lines.subList(4, 7).stream().map(l -> l.split(",")[0]).toList());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6),
                resumed.history().rows().stream().map(EpochRow::epoch).toList());
    }

    @Test
    void refusesToResumeAFileOfAnotherNetworkOrFromAnotherEpoch() throws IOException {
        Path file = directory.resolve("metrics.csv");
        new TinyTraining().train(2, false, MetricsCsvListener.create(file, TinyTraining.LAYERS));

        IOException depth = assertThrows(IOException.class, () -> MetricsCsvListener.resume(file, 3, 2));
        assertTrue(depth.getMessage().contains("3-layer network"), depth.getMessage());

        MetricsCsvListener resumed = MetricsCsvListener.resume(file, TinyTraining.LAYERS, 1);
        IllegalStateException wrongStart =
                assertThrows(IllegalStateException.class, () -> new TinyTraining().resume(2, 3, false, resumed));
        assertTrue(
                wrongStart.getMessage().contains("from epoch 2, but training starts at epoch 3"),
                wrongStart.getMessage());
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path file = Files.writeString(directory.resolve("metrics.csv"), "precious");

        assertThrows(FileAlreadyExistsException.class, () -> MetricsCsvListener.create(file, 2));
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void rowsReadBackExactly() {
        EpochRow row = new EpochRow(
                12, new Metrics(0.1 + 0.2, 0.75), new Metrics(1e-300, 1.0), 3e-4, 0.123456789, new double[] {
                    Double.MIN_VALUE, 42.0
                });

        MetricsCsv layout = new MetricsCsv(2, true, false);
        assertEquals(row, layout.parse(layout.line(row)));
        assertEquals("12,0.30000000000000004,0.75,1.0E-300,1.0,3.0E-4,0.123456789,4.9E-324,42.0", layout.line(row));
    }

    @Test
    void aFinishedRunsFileReadsBackAsItsHistoryWhateverItsDepth() throws IOException {
        Path file = directory.resolve("metrics.csv");
        MetricsCsvListener metrics = MetricsCsvListener.create(file, TinyTraining.LAYERS);
        new TinyTraining().train(3, true, metrics);
        assertEquals(metrics.history().rows(), MetricsHistory.read(file).rows());

        Path regression = directory.resolve("regression.csv");
        MetricsCsvListener penalized = MetricsCsvListener.create(regression, 2, true, false);
        for (int e = 1; e <= 2; e++) {
            penalized.onEpochEnd(penalized(e, 0.5 / e, 0.25));
        }
        Files.writeString(regression, Files.readString(regression) + "3,0.1");
        MetricsHistory read = MetricsHistory.read(regression);
        assertEquals(2, read.layers());
        assertFalse(read.hasAccuracy());
        assertEquals(2, read.rows().size(), "the last line, cut off, left out");
        assertEquals(0.25, read.rows().get(1).training().loss());
        assertEquals(0.25, read.rows().get(1).penalty());
    }

    @Test
    void aPenalizedRunHasTwoMoreColumnsAndResumesWithThem() throws IOException {
        Path file = directory.resolve("metrics.csv");
        MetricsCsvListener metrics = MetricsCsvListener.create(file, 2, true, true);
        for (int e = 1; e <= 3; e++) {
            metrics.onEpochEnd(penalized(e, 0.5 / e, 0.25));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(HEADER + ",train_penalty,train_loss_with_penalty", lines.get(0));
        assertEquals("2,0.25,0.5,,,0.5,0.125,0.1,0.2,0.25,0.5", lines.get(2));

        MetricsCsvListener resumed = MetricsCsvListener.resume(file, 2, 2);
        assertEquals(0.25, resumed.history().rows().get(1).penalty());
        resumed.onStart(3, 4, 1);
        resumed.onEpochEnd(penalized(3, 0.125, 0.5));
        List<String> after = Files.readAllLines(file);
        assertEquals(4, after.size());
        assertEquals("3,0.125,0.5,,,0.5,0.125,0.1,0.2,0.5,0.625", after.get(3));
    }

    @Test
    void rowsWithAPenaltyReadBackExactly() {
        EpochRow row =
                new EpochRow(4, new Metrics(0.1 + 0.2, 0.75), null, 3e-4, 0.5, new double[] {1.0, 2.0}, 1e-3 + 2e-3);

        MetricsCsv layout = new MetricsCsv(2, true, true);
        assertEquals(row, layout.parse(layout.line(row)));
        assertEquals(0.30000000000000004 + 0.003, row.lossWithPenalty());
    }

    @Test
    void aRegressionRunHasNoAccuracyColumnsAndResumesWithout() throws IOException {
        Path file = directory.resolve("metrics.csv");
        MetricsCsvListener metrics = MetricsCsvListener.create(file, 2, false, false);
        for (int e = 1; e <= 3; e++) {
            metrics.onEpochEnd(validated(e, 0.5 / e));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(REGRESSION_HEADER, lines.get(0));
        assertEquals("2,0.25,0.5,0.5,0.125,0.1,0.2", lines.get(2), "no accuracy although the report has one");
        assertFalse(metrics.history().hasAccuracy());
        assertTrue(Double.isNaN(metrics.history().rows().get(1).validation().accuracy()));

        MetricsCsvListener resumed = MetricsCsvListener.resume(file, 2, 2);
        assertFalse(resumed.history().hasAccuracy());
        assertEquals(metrics.history().rows().subList(0, 2), resumed.history().rows(), "history as written");
        resumed.onStart(3, 4, 1);
        resumed.onEpochEnd(validated(3, 0.125));
        assertEquals(
                List.of(lines.get(0), lines.get(1), lines.get(2), "3,0.125,0.5,0.5,0.125,0.1,0.2"),
                Files.readAllLines(file));
    }

    @Test
    void aRegressionRunWithAPenaltyHasThePenaltyColumnsAfterTheDeltas() throws IOException {
        Path file = directory.resolve("metrics.csv");
        MetricsCsvListener metrics = MetricsCsvListener.create(file, 2, true, false);
        metrics.onEpochEnd(penalized(1, 0.5, 0.25));

        assertEquals(
                List.of(
                        REGRESSION_HEADER + ",train_penalty,train_loss_with_penalty",
                        "1,0.5,,0.5,0.125,0.1,0.2,0.25,0.75"),
                Files.readAllLines(file));
        assertEquals(
                0.25,
                MetricsCsvListener.resume(file, 2, 1).history().rows().get(0).penalty());
    }

    @Test
    void aRegressionRunWrittenWithAccuracyColumnsResumesWithThem() throws IOException {
        Path file = directory.resolve("metrics.csv");
        String older = HEADER + "\n1,0.5,1.0,0.5,1.0,0.5,0.125,0.1,0.2\n";
        Files.writeString(file, older);

        MetricsCsvListener resumed = MetricsCsvListener.resume(file, 2, 1);
        assertTrue(resumed.history().hasAccuracy(), "the file's own layout decides");
        resumed.onStart(2, 2, 1);
        resumed.onEpochEnd(validated(2, 0.25));
        assertEquals(older + "2,0.25,0.5,0.5,0.5,0.5,0.125,0.1,0.2\n", Files.readString(file));
    }

    @Test
    void regressionRowsReadBackExactly() {
        EpochRow row = new EpochRow(
                7, new Metrics(0.1 + 0.2, Double.NaN), new Metrics(1e-300, Double.NaN), 3e-4, 0.5, new double[] {
                    Double.MIN_VALUE, 42.0
                });
        MetricsCsv layout = new MetricsCsv(2, false, false);

        assertEquals("7,0.30000000000000004,1.0E-300,3.0E-4,0.5,4.9E-324,42.0", layout.line(row));
        assertEquals(row, layout.parse(layout.line(row)));
        EpochRow unvalidated = new EpochRow(8, new Metrics(0.5, Double.NaN), null, 3e-4, 0.5, new double[] {1, 2});
        assertEquals(unvalidated, layout.parse(layout.line(unvalidated)));
        assertEquals(MetricsCsv.ofHeader(layout.header(), 2).orElseThrow(), layout);
        assertTrue(MetricsCsv.ofHeader(layout.header(), 3).isEmpty());
    }

    private static org.deltanet.engine.train.EpochReport validated(int epoch, double loss) {
        return new org.deltanet.engine.train.EpochReport(
                epoch,
                4,
                epoch,
                new Metrics(loss, 0.5),
                new Metrics(0.5, 0.5),
                new double[] {0.1, 0.2},
                0.5,
                Double.NaN,
                0.125,
                null,
                new org.deltanet.api.OptimizerState());
    }

    private static org.deltanet.engine.train.EpochReport penalized(int epoch, double loss, double penalty) {
        return new org.deltanet.engine.train.EpochReport(
                epoch,
                4,
                epoch,
                new Metrics(loss, 0.5),
                null,
                new double[] {0.1, 0.2},
                0.5,
                penalty,
                0.125,
                null,
                new org.deltanet.api.OptimizerState());
    }
}
