package org.deltanet.rundir;

import java.util.StringJoiner;
import org.deltanet.engine.train.Metrics;

/**
 * The format of {@code metrics.csv}: a header
 * {@code epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,learning_rate,seconds,mean_abs_delta_layer1,...}
 * and one row per epoch; a run with a weight penalty (L1/L2) has two more columns at the end,
 * {@code train_penalty,train_loss_with_penalty} ({@code train_loss} stays the data loss), and a
 * run without one has exactly the columns it always had. Numbers are written with {@link Double#toString} (shortest exact form,
 * locale-independent), so rows read back bit for bit; validation cells are empty without a
 * validation set.
 */
final class MetricsCsv {

    private static final String FIXED_COLUMNS =
            "epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,learning_rate,seconds";
    private static final int FIXED_COUNT = 7;
    private static final String PENALTY_COLUMNS = ",train_penalty,train_loss_with_penalty";

    private MetricsCsv() {}

    /**
     * The header line for a network of {@code layers} layers, without line end.
     *
     * @param penalized whether the run has a weight penalty (two more columns)
     */
    static String header(int layers, boolean penalized) {
        StringBuilder header = new StringBuilder(FIXED_COLUMNS);
        for (int l = 1; l <= layers; l++) {
            header.append(",mean_abs_delta_layer").append(l);
        }
        return penalized ? header.append(PENALTY_COLUMNS).toString() : header.toString();
    }

    /**
     * One epoch's line, without line end.
     *
     * @param penalized whether the file has the penalty columns (NaN where the row has no penalty)
     */
    static String line(EpochRow row, boolean penalized) {
        StringJoiner line = new StringJoiner(",");
        line.add(Integer.toString(row.epoch()))
                .add(Double.toString(row.training().loss()))
                .add(Double.toString(row.training().accuracy()))
                .add(
                        row.validation() == null
                                ? ""
                                : Double.toString(row.validation().loss()))
                .add(
                        row.validation() == null
                                ? ""
                                : Double.toString(row.validation().accuracy()))
                .add(Double.toString(row.learningRate()))
                .add(Double.toString(row.seconds()));
        for (int l = 1; l <= row.layers(); l++) {
            line.add(Double.toString(row.meanAbsDelta(l)));
        }
        if (penalized) {
            line.add(Double.toString(row.penalty())).add(Double.toString(row.lossWithPenalty()));
        }
        return line.toString();
    }

    /**
     * Reads a line written by {@link #line}.
     *
     * @param penalized whether the file has the penalty columns
     * @throws IllegalArgumentException if it does not have {@code layers} delta columns (and the
     *         penalty columns if {@code penalized}) or a cell is not a number
     */
    static EpochRow parse(String line, int layers, boolean penalized) {
        String[] cells = line.split(",", -1);
        int columns = FIXED_COUNT + layers + (penalized ? 2 : 0);
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " columns, found " + cells.length);
        }
        double[] deltas = new double[layers];
        for (int l = 0; l < layers; l++) {
            deltas[l] = Double.parseDouble(cells[FIXED_COUNT + l]);
        }
        boolean validated = !cells[3].isEmpty() || !cells[4].isEmpty();
        return new EpochRow(
                Integer.parseInt(cells[0]),
                new Metrics(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])),
                validated ? new Metrics(Double.parseDouble(cells[3]), Double.parseDouble(cells[4])) : null,
                Double.parseDouble(cells[5]),
                Double.parseDouble(cells[6]),
                deltas,
                penalized ? Double.parseDouble(cells[FIXED_COUNT + layers]) : Double.NaN);
    }
}
