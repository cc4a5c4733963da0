package org.deltanet.plugins.support;

/** Row-wise reductions over flat row-major batches. */
public final class Rows {

    private Rows() {}

    /** The largest of {@code values[from] .. values[to - 1]}; {@code to > from}. */
    public static double max(double[] values, int from, int to) {
        double max = values[from];
        for (int i = from + 1; i < to; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }
}
