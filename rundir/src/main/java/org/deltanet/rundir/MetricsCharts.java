package org.deltanet.rundir;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.deltanet.engine.train.Metrics;
import org.deltanet.files.AtomicFiles;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a run's {@link MetricsHistory} as PNG charts with JFreeChart, headless:
 * <ul>
 *   <li>{@code loss.png}: training and (when there is one) validation loss per epoch;</li>
 *   <li>{@code accuracy.png}: training and validation accuracy per epoch, from 0 to 1;</li>
 *   <li>{@code gradients.png}: the mean |delta| of every layer per epoch on a logarithmic axis,
 *       one line per layer ({@code layer 1}, ...): a layer whose line lies decades below the
 *       output layer's has vanishing gradients. Zero deltas have no place on a log axis and are
 *       left out.</li>
 * </ul>
 * Each file is replaced atomically, so the charts may be redrawn while a run goes on.
 */
public final class MetricsCharts {

    static {
        // JFreeChart draws with AWT, which needs no display only when headless; an explicit choice stands
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final int WIDTH = 900;
    private static final int HEIGHT = 540;
    /** Up to this many epochs each point is marked; beyond it the marks would merge into a smear. */
    private static final int MAX_MARKED_EPOCHS = 60;
    private static final BasicStroke LINE = new BasicStroke(2.0f);
    /** The Tableau 10 palette: ten colours that stay distinct on white (no pale yellow); cycled after ten. */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private MetricsCharts() {
    }

    /** Writes {@code loss.png}, {@code accuracy.png} and {@code gradients.png} into the run directory. */
    public static void writeAll(MetricsHistory history, RunDirectory run) throws IOException {
        save(lossChart(history), run.lossChart());
        save(accuracyChart(history), run.accuracyChart());
        save(gradientChart(history), run.gradientsChart());
    }

    private static JFreeChart lossChart(MetricsHistory history) {
        NumberAxis axis = new NumberAxis("mean loss");
        axis.setAutoRangeIncludesZero(false);
        return chart("Loss per epoch", trainingAndValidation(history, Metrics::loss), history, axis);
    }

    private static JFreeChart accuracyChart(MetricsHistory history) {
        NumberAxis axis = new NumberAxis("accuracy");
        axis.setRange(0.0, 1.02);
        return chart("Accuracy per epoch", trainingAndValidation(history, Metrics::accuracy), history, axis);
    }

    private static JFreeChart gradientChart(MetricsHistory history) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int layer = 1; layer <= history.layers(); layer++) {
            int l = layer;
            data.addSeries(series("layer " + layer, history.rows(),
                    row -> row.meanAbsDelta(l) > 0 ? row.meanAbsDelta(l) : Double.NaN));
        }
        JFreeChart chart = chart("Mean |delta| per layer", data, history, decadeAxis(data));
        chart.addSubtitle(new TextTitle("a layer far below the output layer learns slowly: vanishing gradients"));
        return chart;
    }

    /**
     * A log axis ticked at powers of ten, from the power at or below the smallest value to the one
     * above the largest, so that it always spans whole decades and shows at least two ticks.
     */
    private static LogAxis decadeAxis(XYSeriesCollection data) {
        LogAxis axis = new LogAxis("mean |delta| (log scale)");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        Range range = DatasetUtils.findRangeBounds(data);
        if (range != null) {
            // a hair below the lower power of ten: LogAxis computes log10(1e-4) as -3.9999999999999996
            // and would leave that tick out
            axis.setRange(Math.pow(10, Math.floor(Math.log10(range.getLowerBound()))) * (1 - 1e-9),
                    Math.pow(10, Math.floor(Math.log10(range.getUpperBound())) + 1));
        }
        return axis;
    }

    private static XYSeriesCollection trainingAndValidation(MetricsHistory history,
                                                            ToDoubleFunction<Metrics> value) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("training", history.rows(), row -> value.applyAsDouble(row.training())));
        if (history.hasValidation()) {
            data.addSeries(series("validation", history.rows(),
                    row -> row.validation() == null ? Double.NaN : value.applyAsDouble(row.validation())));
        }
        return data;
    }

    /** One line over the epochs; NaN values (nothing to draw) are skipped. */
    private static XYSeries series(String name, List<EpochRow> rows, ToDoubleFunction<EpochRow> value) {
        XYSeries series = new XYSeries(name);
        for (EpochRow row : rows) {
            double y = value.applyAsDouble(row);
            if (!Double.isNaN(y)) {
                series.add(row.epoch(), y);
            }
        }
        return series;
    }

    private static JFreeChart chart(String title, XYSeriesCollection data, MetricsHistory history,
                                    ValueAxis valueAxis) {
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochs.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer =
                new XYLineAndShapeRenderer(true, history.rows().size() <= MAX_MARKED_EPOCHS);
        renderer.setDefaultStroke(LINE);
        renderer.setAutoPopulateSeriesStroke(false);
        XYPlot plot = new XYPlot(data, epochs, valueAxis, renderer);
        plot.setNoDataMessage("no epochs recorded");
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartFactory.getChartTheme().apply(chart); // first: it resets series colours
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
        }
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private static void save(JFreeChart chart, Path file) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }
}
