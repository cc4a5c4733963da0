package org.deltanet.engine.math;

/**
 * Questions asked of one row of a flat row-major matrix, e.g. which class a row of outputs
 * predicts: {@code Rows.argmax(outputs, r * classes, classes)}.
 */
public final class Rows {

    private Rows() {}

    /** The column of the row's largest value among {@code values[from .. from + count)}; the first on ties. */
    public static int argmax(double[] values, int from, int count) {
        int best = 0;
        for (int j = 1; j < count; j++) {
            if (values[from + j] > values[from + best]) {
                best = j;
            }
        }
        return best;
    }

    /** As {@link #argmax(double[], int, int)}, in single precision. */
    public static int argmax(float[] values, int from, int count) {
        int best = 0;
        for (int j = 1; j < count; j++) {
            if (values[from + j] > values[from + best]) {
                best = j;
            }
        }
        return best;
    }
}
