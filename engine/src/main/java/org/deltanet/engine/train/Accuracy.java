package org.deltanet.engine.train;

import org.deltanet.engine.math.Rows;

/**
 * Counts correct classifications in a batch: with several outputs, the largest output must be at
 * the position of the largest target (one-hot classes); with one output, output and target must
 * lie on the same side of 0.5 (a binary label).
 */
public final class Accuracy {

    private Accuracy() {}

    /** Correctly classified rows among the first {@code rows} of the batch. */
    public static int correct(double[] output, double[] target, int rows, int cols) {
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            boolean right = cols == 1
                    ? (output[row] >= 0.5) == (target[row] >= 0.5)
                    : Rows.argmax(output, row, cols) == Rows.argmax(target, row, cols);
            if (right) {
                correct++;
            }
        }
        return correct;
    }

    /** {@link #correct(double[], double[], int, int)} over single-precision batches. */
    public static int correct(float[] output, float[] target, int rows, int cols) {
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            boolean right = cols == 1
                    ? (output[row] >= 0.5f) == (target[row] >= 0.5f)
                    : Rows.argmax(output, row, cols) == Rows.argmax(target, row, cols);
            if (right) {
                correct++;
            }
        }
        return correct;
    }
}
