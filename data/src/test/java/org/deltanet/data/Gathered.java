package org.deltanet.data;

import org.deltanet.engine.data.Dataset;

/** Every example of a dataset gathered in order, as rows: for comparing datasets in tests. */
public record Gathered(double[][] features, double[][] targets) {

    public static Gathered of(Dataset data) {
        int n = data.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] x = new double[n * data.featureCount()];
        double[] y = new double[n * data.targetCount()];
        data.gather(order, 0, n, x, y);
        return new Gathered(rows(x, n, data.featureCount()), rows(y, n, data.targetCount()));
    }

    private static double[][] rows(double[] flat, int n, int width) {
        double[][] rows = new double[n][width];
        for (int r = 0; r < n; r++) {
            System.arraycopy(flat, r * width, rows[r], 0, width);
        }
        return rows;
    }
}
