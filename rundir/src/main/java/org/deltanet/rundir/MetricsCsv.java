package org.deltanet.rundir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.deltanet.engine.train.Metrics;

/**
 * The format of {@code metrics.csv}: a header
 * {@code epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,learning_rate,seconds,mean_abs_delta_layer1,...}
 * and one row per epoch. A run with numeric targets (regression) has no accuracy columns:
 * {@code epoch,train_loss,validation_loss,learning_rate,seconds,mean_abs_delta_layer1,...}. A run
 * with a weight penalty (L1/L2) has two more columns at the end,
 * {@code train_penalty,train_loss_with_penalty} ({@code train_loss} stays the data loss); a
 * classification run without one has exactly the columns it always had. Numbers are written with
 * {@link Double#toString} (shortest exact form, locale-independent), so rows read back bit for
 * bit; validation cells are empty without a validation set.
 *
 * @param layers    the network's depth: one delta column per layer
 * @param accuracy  whether the file has the accuracy columns (a run whose targets are classes or labels)
 * @param penalized whether the file has the penalty columns
 */
record MetricsCsv(int layers, boolean accuracy, boolean penalized) {

    private static final String PENALTY_COLUMNS = ",train_penalty,train_loss_with_penalty";

    /**
     * The layout whose header is {@code header} for a network of {@code layers} layers; empty if
     * it is none of them.
     */
    static Optional<MetricsCsv> ofHeader(String header, int layers) {
        for (boolean accuracy : new boolean[] {true, false}) {
            for (boolean penalized : new boolean[] {false, true}) {
                MetricsCsv layout = new MetricsCsv(layers, accuracy, penalized);
                if (layout.header().equals(header)) {
                    return Optional.of(layout);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code metrics.csv} read: its layout and its rows with their lines (without line ends), in
     * order; a last line that cannot be read (cut off by a run that was stopped) is left out.
     */
    record Read(MetricsCsv layout, List<EpochRow> rows, List<String> lines) {}

    /**
     * Reads a {@code metrics.csv} of a network of {@code layers} layers, or of as many layers as
     * its header names when {@code layers} is 0.
     *
     * @throws IOException if the file cannot be read, its header is none of the layouts, or a row
     *         other than the last cannot be read
     */
    static Read read(Path file, int layers) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int depth = layers > 0 || lines.isEmpty() ? layers : deltaColumns(lines.get(0));
        MetricsCsv layout = (lines.isEmpty() ? Optional.<MetricsCsv>empty() : ofHeader(lines.get(0), depth))
                .orElseThrow(() -> new IOException(file + " does not start with the header for a " + depth
                        + "-layer network: " + new MetricsCsv(Math.max(1, depth), true, false).header()));
        List<EpochRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            try {
                rows.add(layout.parse(lines.get(i)));
            } catch (IllegalArgumentException e) {
                if (i == lines.size() - 1) {
                    break;
                }
                throw new IOException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Read(layout, rows, lines.subList(1, 1 + rows.size()));
    }

    private static int deltaColumns(String header) {
        return (int) Arrays.stream(header.split(","))
                .filter(column -> column.startsWith("mean_abs_delta_layer"))
                .count();
    }

    /** The header line, without line end. */
    String header() {
        StringBuilder header = new StringBuilder(
                accuracy
                        ? "epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,learning_rate,seconds"
                        : "epoch,train_loss,validation_loss,learning_rate,seconds");
        for (int l = 1; l <= layers; l++) {
            header.append(",mean_abs_delta_layer").append(l);
        }
        return penalized ? header.append(PENALTY_COLUMNS).toString() : header.toString();
    }

    /** One epoch's line, without line end; NaN where the row has no penalty but the file has the columns. */
    String line(EpochRow row) {
        StringJoiner line = new StringJoiner(",");
        line.add(Integer.toString(row.epoch()))
                .add(Double.toString(row.training().loss()));
        if (accuracy) {
            line.add(Double.toString(row.training().accuracy()));
        }
        line.add(
                row.validation() == null ? "" : Double.toString(row.validation().loss()));
        if (accuracy) {
            line.add(
                    row.validation() == null
                            ? ""
                            : Double.toString(row.validation().accuracy()));
        }
        line.add(Double.toString(row.learningRate())).add(Double.toString(row.seconds()));
        for (int l = 1; l <= row.layers(); l++) {
            line.add(Double.toString(row.meanAbsDelta(l)));
        }
        if (penalized) {
            line.add(Double.toString(row.penalty())).add(Double.toString(row.lossWithPenalty()));
        }
        return line.toString();
    }

    /**
     * Reads a line written by {@link #line}; without accuracy columns the row's accuracies are NaN.
     *
     * @throws IllegalArgumentException if it does not have this layout's number of columns or a
     *         cell is not a number
     */
    EpochRow parse(String line) {
        String[] cells = line.split(",", -1);
        int fixed = accuracy ? 7 : 5;
        int columns = fixed + layers + (penalized ? 2 : 0);
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " columns, found " + cells.length);
        }
        double[] deltas = new double[layers];
        for (int l = 0; l < layers; l++) {
            deltas[l] = Double.parseDouble(cells[fixed + l]);
        }
        int validationLoss = accuracy ? 3 : 2;
        boolean validated = !cells[validationLoss].isEmpty() || (accuracy && !cells[4].isEmpty());
        return new EpochRow(
                Integer.parseInt(cells[0]),
                new Metrics(Double.parseDouble(cells[1]), accuracy ? Double.parseDouble(cells[2]) : Double.NaN),
                validated
                        ? new Metrics(
                                Double.parseDouble(cells[validationLoss]),
                                accuracy ? Double.parseDouble(cells[4]) : Double.NaN)
                        : null,
                Double.parseDouble(cells[fixed - 2]),
                Double.parseDouble(cells[fixed - 1]),
                deltas,
                penalized ? Double.parseDouble(cells[fixed + layers]) : Double.NaN);
    }
}
