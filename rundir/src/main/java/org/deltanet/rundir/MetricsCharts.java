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
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a run's {@link MetricsHistory} as PNG charts with JFreeChart, headless, each titled with
 * the run's name (its directory's) and marking the best epoch (lowest validation loss, or lowest
 * training loss without validation) with a vertical line:
 * <ul>
 *   <li>{@code loss.png}: training and (when there is one) validation loss per epoch, on a log
 *       axis when the values span two decades or more;</li>
 *   <li>{@code accuracy.png}: training and validation accuracy per epoch, the axis fitted to the
 *       values (within 0 to 1); not drawn for a run with numeric targets, which has no accuracy;</li>
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
        new Color(0xbcbd22), new Color(0x17becf)
    };

    private MetricsCharts() {}

    /**
     * Writes {@code loss.png}, {@code accuracy.png} (when the history {@linkplain
     * MetricsHistory#hasAccuracy has accuracies}) and {@code gradients.png} into the run directory.
     */
    public static void writeAll(MetricsHistory history, RunDirectory run) throws IOException {
        String name = run.path().getFileName().toString();
        save(marked(lossChart(history, name), history, false), run.lossChart());
        if (history.hasAccuracy()) {
            save(marked(accuracyChart(history, name), history, true), run.accuracyChart());
        }
        save(marked(gradientChart(history, name), history, false), run.gradientsChart());
    }

    static JFreeChart lossChart(MetricsHistory history, String name) {
        XYSeriesCollection data = trainingAndValidation(history, Metrics::loss);
        Range range = DatasetUtils.findRangeBounds(data);
        ValueAxis axis;
        if (range != null && range.getLowerBound() > 0 && range.getUpperBound() / range.getLowerBound() >= 100) {
            axis = decadeAxis(data, "mean loss (log scale)");
        } else {
            NumberAxis linear = new NumberAxis("mean loss");
            linear.setAutoRangeIncludesZero(false);
            axis = linear;
        }
        return chart(name + ": loss per epoch", data, history, axis);
    }

    static JFreeChart accuracyChart(MetricsHistory history, String name) {
        XYSeriesCollection data = trainingAndValidation(history, Metrics::accuracy);
        NumberAxis axis = new NumberAxis("accuracy");
        Range range = DatasetUtils.findRangeBounds(data);
        if (range != null) {
            double pad = Math.max(0.02, 0.05 * range.getLength());
            axis.setRange(
                    Math.max(0.0, range.getLowerBound() - pad), Math.min(1.0, range.getUpperBound() + pad) + 0.005);
        } else {
            axis.setRange(0.0, 1.02);
        }
        return chart(name + ": accuracy per epoch", data, history, axis);
    }

    /**
     * The best epoch: the lowest validation loss, or the lowest training loss without a
     * validation set; 0 when no epoch has one.
     */
    static int bestEpoch(MetricsHistory history) {
        int best = 0;
        double bestLoss = Double.NaN;
        for (EpochRow row : history.rows()) {
            Metrics metrics = history.hasValidation() ? row.validation() : row.training();
            double loss = metrics == null ? Double.NaN : metrics.loss();
            if (!Double.isNaN(loss) && (Double.isNaN(bestLoss) || loss < bestLoss)) {
                bestLoss = loss;
                best = row.epoch();
            }
        }
        return best;
    }

    /** A dashed vertical line at the best epoch, labelled at the top or (where curves rise to it) the bottom. */
    private static JFreeChart marked(JFreeChart chart, MetricsHistory history, boolean labelAtBottom) {
        int best = bestEpoch(history);
        if (best > 0) {
            ValueMarker marker = new ValueMarker(
                    best,
                    Color.DARK_GRAY,
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel("best epoch " + best
                    + (history.hasValidation() ? " (lowest validation loss)" : " (lowest training loss)"));
            marker.setLabelAnchor(labelAtBottom ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(labelAtBottom ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
            chart.getXYPlot().addDomainMarker(marker);
        }
        return chart;
    }

    private static JFreeChart gradientChart(MetricsHistory history, String name) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int layer = 1; layer <= history.layers(); layer++) {
            int l = layer;
            data.addSeries(series(
                    "layer " + layer,
                    history.rows(),
                    row -> row.meanAbsDelta(l) > 0 ? row.meanAbsDelta(l) : Double.NaN));
        }
        JFreeChart chart =
                chart(name + ": mean |delta| per layer", data, history, decadeAxis(data, "mean |delta| (log scale)"));
        chart.addSubtitle(new TextTitle("a layer far below the output layer learns slowly: vanishing gradients"));
        return chart;
    }

    /**
     * A log axis ticked at powers of ten, from the power at or below the smallest value to the one
     * above the largest, so that it always spans whole decades and shows at least two ticks.
     */
    private static LogAxis decadeAxis(XYSeriesCollection data, String label) {
        LogAxis axis = new LogAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        Range range = DatasetUtils.findRangeBounds(data);
        if (range != null) {
            // a hair below the lower power of ten: LogAxis computes log10(1e-4) as -3.9999999999999996
            // and would leave that tick out
            axis.setRange(
                    Math.pow(10, Math.floor(Math.log10(range.getLowerBound()))) * (1 - 1e-9),
                    Math.pow(10, Math.floor(Math.log10(range.getUpperBound())) + 1));
        }
        return axis;
    }

    private static XYSeriesCollection trainingAndValidation(MetricsHistory history, ToDoubleFunction<Metrics> value) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("training", history.rows(), row -> value.applyAsDouble(row.training())));
        if (history.hasValidation()) {
            data.addSeries(series(
                    "validation",
                    history.rows(),
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

    private static JFreeChart chart(
            String title, XYSeriesCollection data, MetricsHistory history, ValueAxis valueAxis) {
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
