package org.deltanet.engine.math;

import java.util.ArrayList;
import java.util.List;

/**
 * The three matrix products of backpropagation in single precision ({@code precision: float32}),
 * on flat row-major arrays that may be longer than the shapes given; the same products and
 * contract as {@link MatrixKernels} (overwrite the output, allocate nothing per call once warm,
 * output distinct from the operands), whole products only (no bands: the Java float kernels run on
 * one thread, OpenBLAS splits a product between its own).
 *
 * <p>{@link Kernels#bestFloat()} chooses between them by measurement per product shape, as
 * between the double kernels: {@link VectorFloatKernels} and OpenBLAS's {@code cblas_sgemm}
 * ({@link NativeBlasFloatKernels}, about twice its dgemm here), with {@link PlainFloatKernels} only
 * where neither is available.
 */
public interface FloatKernels extends NamedKernels {

    /** {@code C = A B^T}: A is {@code m x k}, B is {@code n x k}, C is {@code m x n}. */
    void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k);

    /** {@code C = A B}: A is {@code m x k}, B is {@code k x n}, C is {@code m x n}. */
    void multiply(float[] a, float[] b, float[] c, int m, int n, int k);

    /** {@code C = scale * A^T B}: A is {@code k x m}, B is {@code k x n}, C is {@code m x n}. */
    void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale);

    /** Every implementation this JVM can run, single-threaded, the reference first. */
    static List<FloatKernels> available() {
        List<FloatKernels> kernels = new ArrayList<>(List.of(new PlainFloatKernels()));
        if (Kernels.vectorUsable()) {
            kernels.add(new VectorFloatKernels());
        }
        NativeBlasFloatKernels.load(1).ifPresent(kernels::add);
        return kernels;
    }
}
