package org.deltanet.engine.math;

import java.util.Optional;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The float products through OpenBLAS's {@code cblas_sgemm} (the same bundled library as
 * {@link NativeBlasKernels}, split between OpenBLAS's own threads as it does: each instance sets
 * the process-wide thread count to its own before every product), in place or through the calling
 * thread's {@link NativeOperands} as the double kernels do.
 */
final class NativeBlasFloatKernels implements FloatKernels {

    private static final int ROW_MAJOR = openblas.CblasRowMajor;
    private static final int NO_TRANS = openblas.CblasNoTrans;
    private static final int TRANS = openblas.CblasTrans;

    private final int threads;
    private final boolean inPlace;

    private NativeBlasFloatKernels(int threads, boolean inPlace) {
        this.threads = threads;
        this.inPlace = inPlace;
    }

    /** Whether OpenBLAS works on the arrays in place ({@link InPlaceGemm}) rather than on copies of them. */
    boolean inPlace() {
        return inPlace;
    }

    /** The sgemm kernels on {@code threads} threads, or empty where the native library does not load. */
    static Optional<FloatKernels> load(int threads) {
        return NativeBlasKernels.loaded()
                ? Optional.of(new NativeBlasFloatKernels(threads, InPlaceGemm.available()))
                : Optional.empty();
    }

    /** As {@link #load}, copying the operands even where {@link InPlaceGemm} is available (for tests). */
    static Optional<FloatKernels> throughCopies(int threads) {
        return NativeBlasKernels.loaded() ? Optional.of(new NativeBlasFloatKernels(threads, false)) : Optional.empty();
    }

    @Override
    public String name() {
        return threads == 1 ? "openblas-sgemm" : "openblas-sgemm x" + threads + " threads";
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
    private void gemm(
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
        NativeBlasKernels.useThreads(threads);
        if (inPlace) {
            InPlaceGemm.sgemm(transA, transB, m, n, k, scale, a, aLength, lda, b, bLength, ldb, c);
            return;
        }
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
