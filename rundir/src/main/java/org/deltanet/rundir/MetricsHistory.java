package org.deltanet.rundir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The epochs of a run so far, in order: what {@code metrics.csv} holds, kept in memory for
 * {@link MetricsCharts} and {@link EarlyStoppingListener#replay}. Filled by
 * {@link MetricsCsvListener}, or read from a finished run's file ({@link #read}); read-only to
 * everyone else.
 */
public final class MetricsHistory {

    private final int layers;
    private final boolean accuracy;
    private final List<EpochRow> rows = new ArrayList<>();

    /** An empty history for a network of {@code layers} layers that records accuracy (classes or labels). */
    public MetricsHistory(int layers) {
        this(layers, true);
    }

    /**
     * An empty history for a network of {@code layers} layers.
     *
     * @param accuracy whether its rows have accuracies; false for numeric targets (their rows hold NaN)
     */
    public MetricsHistory(int layers, boolean accuracy) {
        this.accuracy = accuracy;
        if (layers < 1) {
            throw new IllegalArgumentException("a network has at least one layer, got " + layers);
        }
        this.layers = layers;
    }

    /**
     * Reads a finished run's {@code metrics.csv}, of as many layers as its header names.
     *
     * @throws IOException if the file cannot be read, its header is not that of a
     *         {@code metrics.csv}, or a row other than the last cannot be read
     */
    public static MetricsHistory read(Path file) throws IOException {
        MetricsCsv.Read read = MetricsCsv.read(file, 0);
        MetricsHistory history =
                new MetricsHistory(read.layout().layers(), read.layout().accuracy());
        read.rows().forEach(history::add);
        return history;
    }

    /**
     * Appends an epoch.
     *
     * @throws IllegalArgumentException if the row has another number of layers or does not come
     *         after the last epoch
     */
    void add(EpochRow row) {
        if (row.layers() != layers) {
            throw new IllegalArgumentException(
                    "epoch " + row.epoch() + " reports " + row.layers() + " layers, the history is for " + layers);
        }
        if (!rows.isEmpty() && row.epoch() <= rows.get(rows.size() - 1).epoch()) {
            throw new IllegalArgumentException("epoch " + row.epoch() + " does not follow epoch "
                    + rows.get(rows.size() - 1).epoch());
        }
        rows.add(row);
    }

    /** The epochs in order, as a read-only view. */
    public List<EpochRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The number of layers of the network. */
    public int layers() {
        return layers;
    }

    /** Whether the rows have accuracies: false for a run with numeric targets. */
    public boolean hasAccuracy() {
        return accuracy;
    }

    /** Whether any epoch has validation metrics. */
    public boolean hasValidation() {
        return rows.stream().anyMatch(row -> row.validation() != null);
    }
}
