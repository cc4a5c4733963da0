package org.deltanet.api;

/**
 * The simplified output delta a {@link Loss} declares for one output activation, and optionally a
 * numerically stable value computed from the pre-activations.
 *
 * <p>Contract: {@link #delta} equals the generic composition
 * {@code activation.backward(z, a, loss.gradient(a, y))} for every valid input (for softmax +
 * cross-entropy, targets whose rows sum to 1), and {@link #value} equals {@code loss.value(a, y)}
 * where the latter is finite. Both work on {@code rows x cols} flat row-major arrays and must not
 * allocate.
 *
 * <p>Example (sigmoid + log loss): {@code delta = a - y} and
 * {@code L = sum softplus(z) - y z}, which stays finite when a rounds to 0 or 1.
 */
public interface OutputShortcut {

    /**
     * Writes the per-example output delta dL/dz (not divided by {@code rows}).
     *
     * @param z      the output layer's net inputs
     * @param a      the output activations, {@code f(z)}
     * @param target targets y
     * @param delta  output
     */
    void delta(double[] z, double[] a, double[] target, double[] delta, int rows, int cols);

    /**
     * The mean loss over the batch, the same J as {@link Loss#value}, computed from the net
     * inputs where that is more stable (log-sum-exp, softplus).
     */
    double value(double[] z, double[] a, double[] target, int rows, int cols);

    /**
     * {@link #delta(double[], double[], double[], double[], int, int)} in single precision (runs
     * with {@code precision: float32}). The default widens, calls the double method and rounds
     * back ({@link Float32Bridge}); override it with float code for speed.
     */
    default void delta(float[] z, float[] a, float[] target, float[] delta, int rows, int cols) {
        Float32Bridge.delta(this, z, a, target, delta, rows, cols);
    }

    /** {@link #value(double[], double[], double[], int, int)} over single-precision arrays, returned in double. */
    default double value(float[] z, float[] a, float[] target, int rows, int cols) {
        return Float32Bridge.value(this, z, a, target, rows, cols);
    }
}
