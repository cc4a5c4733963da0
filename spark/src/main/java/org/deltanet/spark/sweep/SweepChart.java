package org.deltanet.spark.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deltanet.files.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a sweep's metric against each swept key, one panel per key side by side with the metric's
 * axis shared, one point per ranked variant, as a PNG. Numeric values get a numeric axis
 * (logarithmic when they are positive and span a factor of ten or more, as learning rates do);
 * other values (plugin names) one tick each, in the order the sweep lists them.
 */
public final class SweepChart {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final int PANEL_WIDTH = 420;
    private static final int HEIGHT = 480;
    private static final Color POINTS = new Color(0x1f77b4);

    private SweepChart() {}

    /**
     * @param values each swept key's values as the sweep lists them
     */
    public static void write(SweepTable table, Map<String, List<JsonNode>> values, Path file) throws IOException {
        NumberAxis metricAxis = new NumberAxis(table.metric().label());
        metricAxis.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(metricAxis);
        plot.setGap(16);
        for (String key : table.keys()) {
            plot.add(panel(table, key, values.get(key)));
        }
        JFreeChart chart =
                new JFreeChart(table.metric().label() + " by swept key", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        int width = PANEL_WIDTH * Math.max(1, table.keys().size());
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, width, HEIGHT));
    }

    private static XYPlot panel(SweepTable table, String key, List<JsonNode> listed) {
        boolean numeric = listed.stream().allMatch(JsonNode::isNumber);
        List<String> symbols = listed.stream().map(SweepChart::text).distinct().toList();
        XYSeries points = new XYSeries(key);
        List<Double> xs = new ArrayList<>();
        for (SweepTable.Row row : table.rows()) {
            if (row.rank() > 0) {
                JsonNode value = row.variant().values().get(key);
                double x = numeric ? value.asDouble() : symbols.indexOf(text(value));
                xs.add(x);
                points.add(x, row.result().value(table.metric()));
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, POINTS);
        XYPlot panel = new XYPlot(new XYSeriesCollection(points), axis(key, numeric, symbols, xs), null, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setDomainGridlinePaint(Color.LIGHT_GRAY);
        panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return panel;
    }

    private static ValueAxis axis(String key, boolean numeric, List<String> symbols, List<Double> xs) {
        if (!numeric) {
            return new SymbolAxis(key, symbols.toArray(String[]::new));
        }
        double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(1);
        double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (min > 0 && max / min >= 10) {
            LogAxis log = new LogAxis(key + " (log scale)");
            log.setRange(min / 1.5, max * 1.5);
            log.setNumberFormatOverride(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            return log;
        }
        NumberAxis linear = new NumberAxis(key);
        linear.setAutoRangeIncludesZero(false);
        linear.setAutoRangeStickyZero(false);
        return linear;
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
