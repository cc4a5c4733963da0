package org.deltanet.engine.math;

/**
 * The matrix products of backpropagation, on flat row-major arrays that may be longer than the
 * shapes given. Implementations overwrite the output (never accumulate into it), do not allocate,
 * and require the output to be a different array from both operands.
 */
public interface MatrixKernels {

    /** A short name for logs, e.g. {@code plain-java}. */
    String name();

    /**
     * {@code C = A B^T}: A is {@code m x k}, B is {@code n x k}, C is {@code m x n}. The forward
     * pass {@code Z = A_prev W^T}.
     */
    void multiplyTransposedB(double[] a, double[] b, double[] c, int m, int n, int k);

    /**
     * {@code C = A B}: A is {@code m x k}, B is {@code k x n}, C is {@code m x n}. The delta rule's
     * {@code D_l W_l}.
     */
    void multiply(double[] a, double[] b, double[] c, int m, int n, int k);

    /**
     * {@code C = scale * A^T B}: A is {@code k x m}, B is {@code k x n}, C is {@code m x n}. The
     * weight gradient {@code (1/rows) D^T A_prev}.
     */
    void multiplyTransposedA(double[] a, double[] b, double[] c, int m, int n, int k, double scale);
}
