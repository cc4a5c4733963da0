package org.deltanet.spark.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.deltanet.experiment.config.SweepConfig;
import org.deltanet.experiment.config.SweepMetric;

/**
 * A sweep's variants ranked by its metric, best first; failed variants (and any without the
 * metric) come last, in variant order. Written as CSV for programs and as an aligned text table
 * for people:
 * <pre>
 * rank  variant  optimizer.learning-rate  model.layers[0].units  test-accuracy  epochs  seconds  run                      status
 *    1  iris-03  0.01                     4                             1.0000      60      1.9  iris-03-20250101-120000  complete
 *    -  iris-04  -1                       16                                 -       0      0.1  -                        failed: ...
 *    -  iris-05  0.1                      4                                  -       0      0.0  -                        interrupted
 * </pre>
 * A variant that the sweep's interruption stopped has the status {@code interrupted}, with no
 * error in {@code results.csv}.
 */
public final class SweepTable {

    /** One line of the table: a variant, how it ended, and its rank (0 when it has none). */
    public record Row(int rank, Variant variant, String name, VariantResult result) {}

    private final List<String> keys;
    private final SweepMetric metric;
    private final List<Row> rows;

    /**
     * @param names   the variants' names, by variant
     * @param results one per variant, in variant order
     */
    public SweepTable(SweepConfig sweep, List<Variant> variants, List<String> names, List<VariantResult> results) {
        this.keys = List.copyOf(sweep.parameters().keySet());
        this.metric = sweep.metric();
        Comparator<VariantResult> byMetric = Comparator.comparingDouble(r -> r.value(metric));
        Comparator<VariantResult> better =
                sweep.direction() == SweepConfig.Direction.MAXIMIZE ? byMetric.reversed() : byMetric;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            order.add(i);
        }
        Comparator<VariantResult> ranked = Comparator.comparing((VariantResult r) -> !ranks(r))
                .thenComparing((a, b) -> ranks(a) && ranks(b) ? better.compare(a, b) : 0);
        order.sort(Comparator.comparing(results::get, ranked));
        List<Row> sorted = new ArrayList<>();
        int rank = 0;
        for (int i : order) {
            sorted.add(new Row(ranks(results.get(i)) ? ++rank : 0, variants.get(i), names.get(i), results.get(i)));
        }
        this.rows = List.copyOf(sorted);
    }

    private boolean ranks(VariantResult result) {
        return result.completed() && !Double.isNaN(result.value(metric));
    }

    /** Best first, then the variants without a rank. */
    public List<Row> rows() {
        return rows;
    }

    public List<String> keys() {
        return keys;
    }

    public SweepMetric metric() {
        return metric;
    }

    /** The number of variants that failed, not counting those an interruption stopped. */
    public long failures() {
        return rows.stream()
                .filter(row -> !row.result().completed() && !row.result().interrupted())
                .count();
    }

    /** The number of variants that the sweep's interruption stopped before they finished. */
    public long interrupted() {
        return rows.stream().filter(row -> row.result().interrupted()).count();
    }

    /** Every column, every metric: {@code results.csv}. */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("rank", "variant"));
        header.addAll(keys);
        header.addAll(List.of(
                metric.label(),
                "status",
                "error",
                "epochs",
                "seconds",
                "training_loss",
                "training_accuracy",
                "validation_loss",
                "validation_accuracy",
                "test_loss",
                "test_accuracy",
                "run_directory"));
        StringBuilder out = new StringBuilder(
                        String.join(",", header.stream().map(SweepTable::quoted).toList()))
                .append('\n');
        for (Row row : rows) {
            VariantResult r = row.result();
            List<String> cells =
                    new ArrayList<>(List.of(row.rank() == 0 ? "" : String.valueOf(row.rank()), row.name()));
            keys.forEach(key -> cells.add(row.variant().text(key)));
            cells.addAll(List.of(
                    number(r.value(metric)),
                    status(r),
                    r.completed() || r.interrupted() ? "" : r.error(),
                    String.valueOf(r.epochs()),
                    seconds(r.seconds()),
                    number(r.trainingLoss()),
                    number(r.trainingAccuracy()),
                    number(r.validationLoss()),
                    number(r.validationAccuracy()),
                    number(r.testLoss()),
                    number(r.testAccuracy()),
                    r.runDirectory() == null ? "" : r.runDirectory()));
            out.append(String.join(",", cells.stream().map(SweepTable::quoted).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    /** The columns a person compares, aligned: {@code results.txt} and what the command prints. */
    public String text() {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank", "variant"));
        header.addAll(keys);
        header.addAll(List.of(metric.label(), "epochs", "seconds", "run", "status"));
        table.add(header);
        for (Row row : rows) {
            VariantResult r = row.result();
            List<String> cells =
                    new ArrayList<>(List.of(row.rank() == 0 ? "-" : String.valueOf(row.rank()), row.name()));
            keys.forEach(key -> cells.add(row.variant().text(key)));
            cells.addAll(List.of(
                    Double.isNaN(r.value(metric)) ? "-" : number(r.value(metric)),
                    String.valueOf(r.epochs()),
                    seconds(r.seconds()),
                    r.runDirectory() == null
                            ? "-"
                            : Path.of(r.runDirectory()).getFileName().toString(),
                    r.completed() || r.interrupted() ? status(r) : "failed: " + r.error()));
            table.add(cells);
        }
        return aligned(table, header.size());
    }

    private static String status(VariantResult r) {
        return r.completed() ? "complete" : r.interrupted() ? "interrupted" : "failed";
    }

    /** Left-aligned text, numbers right-aligned: rank, the metric, epochs and seconds. */
    private String aligned(List<List<String>> table, int columns) {
        int[] widths = new int[columns];
        for (List<String> line : table) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        int metricColumn = 2 + keys.size();
        StringBuilder out = new StringBuilder();
        for (List<String> line : table) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                boolean right = c == 0 || (c >= metricColumn && c <= metricColumn + 2);
                String pad = " ".repeat(widths[c] - line.get(c).length());
                text.append(right ? pad + line.get(c) : line.get(c) + pad).append("  ");
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
