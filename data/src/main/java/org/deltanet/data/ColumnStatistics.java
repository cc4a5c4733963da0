package org.deltanet.data;

import java.util.Arrays;
import org.deltanet.engine.data.Dataset;

/**
 * Per-feature minimum, maximum, mean and population standard deviation (dividing by the number of
 * examples) of a dataset, read through {@link Dataset#gather} in batches so that compact datasets
 * need not be expanded. The mean is computed first and the deviation in a second pass, which
 * stays accurate when the values are large compared with their spread.
 *
 * @param min               smallest value per feature
 * @param max               largest value per feature
 * @param mean              mean per feature
 * @param standardDeviation population standard deviation per feature
 */
record ColumnStatistics(double[] min, double[] max, double[] mean, double[] standardDeviation) {

    private static final int BATCH = 256;

    /** Reads every example of {@code data} twice. */
    static ColumnStatistics of(Dataset data) {
        int features = data.featureCount();
        double[] min = new double[features];
        double[] max = new double[features];
        double[] sum = new double[features];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        forEachRow(data, (row, at) -> {
            for (int j = 0; j < features; j++) {
                double x = row[at + j];
                min[j] = Math.min(min[j], x);
                max[j] = Math.max(max[j], x);
                sum[j] += x;
            }
        });
        double[] mean = new double[features];
        for (int j = 0; j < features; j++) {
            mean[j] = sum[j] / data.size();
        }
        double[] squares = new double[features];
        forEachRow(data, (row, at) -> {
            for (int j = 0; j < features; j++) {
                double d = row[at + j] - mean[j];
                squares[j] += d * d;
            }
        });
        double[] deviation = new double[features];
        for (int j = 0; j < features; j++) {
            deviation[j] = Math.sqrt(squares[j] / data.size());
        }
        return new ColumnStatistics(min, max, mean, deviation);
    }

    /** Whether every example has the same value of feature {@code j}. */
    boolean isConstant(int j) {
        return min[j] == max[j];
    }

    /** Receives one example's features: {@code batch[at .. at + featureCount - 1]}. */
    private interface RowAction {
        void accept(double[] batch, int at);
    }

    private static void forEachRow(Dataset data, RowAction action) {
        int batch = Math.min(BATCH, data.size());
        int features = data.featureCount();
        int[] order = new int[batch];
        double[] x = new double[batch * features];
        double[] y = new double[batch * data.targetCount()];
        for (int from = 0; from < data.size(); from += batch) {
            int count = Math.min(batch, data.size() - from);
            for (int i = 0; i < count; i++) {
                order[i] = from + i;
            }
            data.gather(order, 0, count, x, y);
            for (int i = 0; i < count; i++) {
                action.accept(x, i * features);
            }
        }
    }
}
