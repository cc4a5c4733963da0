package org.deltanet.engine.math;

import java.util.ArrayList;
import java.util.List;

/**
 * The three matrix products of backpropagation in single precision ({@code precision: float32}),
 * on flat row-major arrays that may be longer than the shapes given; the same products and
 * contract as {@link MatrixKernels} (overwrite the output, allocate nothing per call once warm,
 * output distinct from the operands), whole products only (no bands: float32 runs on one thread).
 *
 * <p>{@link #best()} takes OpenBLAS's {@code cblas_sgemm} where its native library loads (about
 * twice its dgemm here), the Vector API's float kernels where the module is present, and the
 * pure-Java reference otherwise; the system property {@value Kernels#ONLY_PROPERTY} keeps only the
 * candidates whose name starts with its value, as for the double kernels.
 */
public interface FloatKernels {

    /** A short name for logs, e.g. {@code openblas-sgemm}. */
    String name();

    /** {@code C = A B^T}: A is {@code m x k}, B is {@code n x k}, C is {@code m x n}. */
    void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k);

    /** {@code C = A B}: A is {@code m x k}, B is {@code k x n}, C is {@code m x n}. */
    void multiply(float[] a, float[] b, float[] c, int m, int n, int k);

    /** {@code C = scale * A^T B}: A is {@code k x m}, B is {@code k x n}, C is {@code m x n}. */
    void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale);

    /** The first of {@link #available()} (after {@value Kernels#ONLY_PROPERTY}): the fastest here. */
    static FloatKernels best() {
        List<FloatKernels> candidates = available();
        String only = System.getProperty(Kernels.ONLY_PROPERTY);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (only == null || candidates.get(i).name().startsWith(only)) {
                return candidates.get(i);
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    /** Every implementation this JVM can run, the reference first, the fastest last. */
    static List<FloatKernels> available() {
        List<FloatKernels> kernels = new ArrayList<>(List.of(new PlainFloatKernels()));
        if (Kernels.vectorUsable()) {
            kernels.add(new VectorFloatKernels());
        }
        NativeBlasFloatKernels.load().ifPresent(kernels::add);
        return kernels;
    }
}
