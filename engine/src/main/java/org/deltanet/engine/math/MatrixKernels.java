package org.deltanet.engine.math;

/**
 * The matrix products of backpropagation, on flat row-major arrays that may be longer than the
 * shapes given. Implementations overwrite the output (never accumulate into it), do not allocate,
 * leave every entry of the output outside the rows they compute untouched, and require the output
 * to be a different array from both operands.
 *
 * <p><b>Every product is computed band by band.</b> Implementations write the {@code ...Rows}
 * methods, which compute only output rows {@code from} (inclusive) to {@code to} (exclusive); the
 * whole products call them for all rows. Bands are independent, so {@link ParallelKernels} can
 * hand different bands of one product to different threads. Results may differ between
 * implementations by rounding only (summation order, fused multiply-add), never by more.
 *
 * <p>{@link Kernels#best()} picks the fastest implementation this JVM offers, per product shape.
 */
public interface MatrixKernels extends NamedKernels {

    /**
     * {@code C = A B^T}: A is {@code m x k}, B is {@code n x k}, C is {@code m x n}. The forward
     * pass {@code Z = A_prev W^T}.
     */
    default void multiplyTransposedB(double[] a, double[] b, double[] c, int m, int n, int k) {
        multiplyTransposedBRows(a, b, c, n, k, 0, m);
    }

    /**
     * {@code C = A B}: A is {@code m x k}, B is {@code k x n}, C is {@code m x n}. The delta rule's
     * {@code D_l W_l}.
     */
    default void multiply(double[] a, double[] b, double[] c, int m, int n, int k) {
        multiplyRows(a, b, c, n, k, 0, m);
    }

    /**
     * {@code C = scale * A^T B}: A is {@code k x m}, B is {@code k x n}, C is {@code m x n}. The
     * weight gradient {@code (1/rows) D^T A_prev}.
     */
    default void multiplyTransposedA(double[] a, double[] b, double[] c, int m, int n, int k, double scale) {
        multiplyTransposedARows(a, b, c, m, n, k, scale, 0, m);
    }

    /** Rows {@code from .. to-1} of {@link #multiplyTransposedB}'s C (rows of A). */
    void multiplyTransposedBRows(double[] a, double[] b, double[] c, int n, int k, int from, int to);

    /** Rows {@code from .. to-1} of {@link #multiply}'s C (rows of A). */
    void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to);

    /** Rows {@code from .. to-1} of {@link #multiplyTransposedA}'s C (columns of A, which has m). */
    void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to);
}
