package org.deltanet.engine.math;

import java.util.Optional;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The float products through OpenBLAS's {@code cblas_sgemm} (the same bundled library as
 * {@link NativeBlasKernels}, on one thread: float32 runs are single-threaded), copying operands
 * and output through the calling thread's {@link NativeOperands} as the double kernels do.
 */
final class NativeBlasFloatKernels implements FloatKernels {

    private static final int ROW_MAJOR = openblas.CblasRowMajor;
    private static final int NO_TRANS = openblas.CblasNoTrans;
    private static final int TRANS = openblas.CblasTrans;

    private NativeBlasFloatKernels() {}

    /** The sgemm kernels, or empty where the native library does not load. */
    static Optional<FloatKernels> load() {
        return NativeBlasKernels.loaded() ? Optional.of(new NativeBlasFloatKernels()) : Optional.empty();
    }

    @Override
    public String name() {
        return "openblas-sgemm";
    }

    private static void oneThread() {
        if (openblas.blas_get_num_threads() != 1) {
            openblas.blas_set_num_threads(1);
        }
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        gemm(NO_TRANS, TRANS, m, n, k, 1f, a, m * k, k, b, n * k, k, c);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        gemm(NO_TRANS, NO_TRANS, m, n, k, 1f, a, m * k, k, b, k * n, n, c);
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        gemm(TRANS, NO_TRANS, m, n, k, scale, a, k * m, m, b, k * n, n, c);
    }

    /** As {@code NativeBlasKernels.gemm}, in single precision. */
    private static void gemm(
            int transA,
            int transB,
            int m,
            int n,
            int k,
            float scale,
            float[] a,
            int aLength,
            int lda,
            float[] b,
            int bLength,
            int ldb,
            float[] c) {
        oneThread();
        NativeOperands operands = NativeOperands.current();
        FloatPointer output = operands.c.floats(m * n);
        openblas.cblas_sgemm(
                ROW_MAJOR,
                transA,
                transB,
                m,
                n,
                k,
                scale,
                operands.a.holding(a, aLength),
                lda,
                operands.b.holding(b, bLength),
                ldb,
                0f,
                output,
                n);
        output.get(c, 0, m * n);
    }
}
