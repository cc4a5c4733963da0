package org.deltanet.rundir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.deltanet.engine.train.Metrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsChartsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path output;

    @Test
    void drawsTheThreeChartsOfARealRunAsPngFiles() throws IOException {
        RunDirectory run = RunDirectory.create(output, "xor", Clock.systemDefaultZone());
        MetricsCsvListener metrics = MetricsCsvListener.create(run.metricsFile(), TinyTraining.LAYERS);
        new TinyTraining().train(30, true, metrics);

        MetricsCharts.writeAll(metrics.history(), run);

        for (Path chart : new Path[] {run.lossChart(), run.accuracyChart(), run.gradientsChart()}) {
            assertReadablePng(chart);
        }
        try (Stream<Path> files = Files.list(run.path())) {
            assertEquals(
                    0,
                    files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                            .count());
        }
    }

    @Test
    void aRunWithNumericTargetsGetsNoAccuracyChart() throws IOException {
        RunDirectory run = RunDirectory.create(output, "regression", Clock.systemDefaultZone());
        MetricsCsvListener metrics = MetricsCsvListener.create(run.metricsFile(), TinyTraining.LAYERS, false, false);
        new TinyTraining().train(3, true, metrics);

        MetricsCharts.writeAll(metrics.history(), run);

        assertReadablePng(run.lossChart());
        assertReadablePng(run.gradientsChart());
        assertFalse(Files.exists(run.accuracyChart()));
    }

    @Test
    void copesWithAnEmptyHistoryMissingValidationAndZeroDeltas() throws IOException {
        RunDirectory run = RunDirectory.create(output, "edge", Clock.systemDefaultZone());
        MetricsCharts.writeAll(new MetricsHistory(3), run);
        assertReadablePng(run.gradientsChart());

        MetricsHistory history = new MetricsHistory(3);
        history.add(new EpochRow(1, new Metrics(0.7, 0.5), null, 0.1, 0.01, new double[] {0.0, 1e-9, 0.2}));
        history.add(new EpochRow(2, new Metrics(0.6, 0.5), null, 0.1, 0.01, new double[] {0.0, 1e-10, 0.1}));
        MetricsCharts.writeAll(history, run);
        assertReadablePng(run.lossChart());
        assertReadablePng(run.gradientsChart());
    }

    @Test
    void lossSpanningDecadesIsDrawnOnALogAxisAndAccuracyOnAFittedOne() {
        MetricsHistory history = new MetricsHistory(1);
        double[] losses = {2.0, 0.5, 0.02, 0.004, 0.01};
        for (int e = 1; e <= losses.length; e++) {
            history.add(new EpochRow(
                    e,
                    new Metrics(losses[e - 1], 0.80 + 0.02 * e),
                    new Metrics(losses[e - 1] * 1.1, 0.78 + 0.02 * e),
                    0.1,
                    0.01,
                    new double[] {0.1}));
        }
        JFreeChart loss = MetricsCharts.lossChart(history, "iris-20261206-030000");
        assertEquals("iris-20261206-030000: loss per epoch", loss.getTitle().getText());
        assertInstanceOf(LogAxis.class, loss.getXYPlot().getRangeAxis());

        JFreeChart accuracy = MetricsCharts.accuracyChart(history, "iris");
        Range range = accuracy.getXYPlot().getRangeAxis().getRange();
        assertTrue(range.getLowerBound() > 0.7 && range.getLowerBound() < 0.8, "fitted below 0.80: " + range);
        assertTrue(range.getUpperBound() <= 1.01 && range.getUpperBound() >= 0.9, "fitted above 0.90: " + range);
        assertEquals(4, MetricsCharts.bestEpoch(history), "the lowest validation loss");
    }

    @Test
    void aLossWithinOneDecadeStaysLinear() {
        MetricsHistory history = new MetricsHistory(1);
        history.add(new EpochRow(1, new Metrics(0.7, 0.5), null, 0.1, 0.01, new double[] {0.1}));
        history.add(new EpochRow(2, new Metrics(0.3, 0.5), null, 0.1, 0.01, new double[] {0.1}));
        assertInstanceOf(
                NumberAxis.class,
                MetricsCharts.lossChart(history, "xor").getXYPlot().getRangeAxis());
        assertEquals(2, MetricsCharts.bestEpoch(history), "the lowest training loss without validation");
    }

    private static void assertReadablePng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length), file + " is a PNG");
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " decodes");
        assertEquals(900, image.getWidth());
        assertEquals(540, image.getHeight());
    }
}
