package org.deltanet.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run's {@code metrics.csv}: one row per finished epoch, columns by header name. A run that is
 * still training may be caught mid-line: only complete lines (ended by a newline, with every
 * field a number) are read, so a partial file gives the epochs finished so far.
 *
 * @param header the column names
 * @param rows   one array per complete epoch line, as long as the header
 */
public record MetricsTable(List<String> header, List<double[]> rows) {

    /** A table with no epochs. */
    public static final MetricsTable EMPTY = new MetricsTable(List.of(), List.of());

    /** Parses the file's text, keeping only complete lines. */
    public static MetricsTable parse(String text) {
        int firstLine = text.indexOf('\n');
        if (firstLine < 0) {
            return EMPTY;
        }
        List<String> header = List.of(text.substring(0, firstLine).trim().split(","));
        List<double[]> rows = new ArrayList<>();
        int start = firstLine + 1;
        for (int end = text.indexOf('\n', start); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            double[] row = row(text.substring(start, end).trim(), header.size());
            if (row != null) {
                rows.add(row);
            }
        }
        return new MetricsTable(header, List.copyOf(rows));
    }

    private static double[] row(String line, int width) {
        String[] cells = line.split(",", -1);
        if (cells.length != width) {
            return null;
        }
        double[] row = new double[width];
        try {
            for (int c = 0; c < width; c++) {
                row[c] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return row;
    }

    /** The values of column {@code name}, or an empty array when there is no such column. */
    public double[] column(String name) {
        int c = header.indexOf(name);
        return c < 0 ? new double[0] : rows.stream().mapToDouble(row -> row[c]).toArray();
    }

    /** The last value of column {@code name}, or NaN. */
    public double last(String name) {
        double[] values = column(name);
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    /** Index of the row where column {@code name} is smallest ({@code lowest}) or largest, ignoring NaN; -1 if none. */
    public int best(String name, boolean lowest) {
        double[] values = column(name);
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])
                    && (best < 0 || (lowest ? values[i] < values[best] : values[i] > values[best]))) {
                best = i;
            }
        }
        return best;
    }

    public int epochs() {
        return rows.size();
    }

    @Override
    public String toString() {
        return header + " x " + rows.size()
                + (rows.isEmpty() ? "" : " last " + Arrays.toString(rows.get(rows.size() - 1)));
    }
}
