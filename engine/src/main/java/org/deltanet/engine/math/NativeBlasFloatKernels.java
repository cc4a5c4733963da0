package org.deltanet.engine.math;

import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The float products through OpenBLAS's {@code cblas_sgemm} (the same bundled library as
 * {@link NativeBlasKernels}, split between OpenBLAS's own threads as it does: each instance sets
 * the process-wide thread count to its own before every product, or to one for a run of small
 * products), in place or through the calling
 * thread's {@link NativeOperands} as the double kernels do.
 */
final class NativeBlasFloatKernels implements FloatKernels {

    private static final int ROW_MAJOR = openblas.CblasRowMajor;
    private static final int NO_TRANS = openblas.CblasNoTrans;
    private static final int TRANS = openblas.CblasTrans;

    /**
     * A run whose largest product has fewer multiply-adds than this runs OpenBLAS on one thread
     * ({@link NativeBlasKernels#threadsFor}); four times the double threshold, since an sgemm of
     * a given size takes about half the time of a dgemm and gains less from a second thread.
     * Measured through {@code ./deltanet train} on two threads, float32, median epoch of 4
     * alternating runs each, two OpenBLAS threads against one: network A at batch 128 (12.8
     * million) 26.3 against 23.4 ms, at batch 32 41.9 against 31.8 ms; network B at batch 32 93.6
     * against 81.6 ms.
     */
    static final long MIN_MULTIPLY_ADDS = 1L << 24;

    private final int threads;
    private final boolean inPlace;
    private volatile int runThreads;

    private NativeBlasFloatKernels(int threads, boolean inPlace) {
        this.threads = threads;
        this.inPlace = inPlace;
        this.runThreads = threads;
    }

    /** One OpenBLAS thread for the run when all its products are small, else {@code threads}. */
    @Override
    public void plan(List<MeasuredChoice.Shape> shapes) {
        runThreads = NativeBlasKernels.threadsFor(shapes, threads, MIN_MULTIPLY_ADDS);
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
    public Optional<String> planned() {
        return NativeBlasKernels.plannedNote(name(), runThreads, threads, MIN_MULTIPLY_ADDS);
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
        NativeBlasKernels.useThreads(runThreads);
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
