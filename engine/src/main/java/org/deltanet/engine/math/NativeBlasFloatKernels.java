package org.deltanet.engine.math;

import java.util.Optional;
import org.bytedeco.openblas.global.openblas;

/**
 * The float products through OpenBLAS's {@code cblas_sgemm} (the same bundled library as
 * {@link NativeBlasKernels}, split between OpenBLAS's own threads as it does: each instance sets
 * the process-wide thread count to its own before every product). JavaCPP copies each
 * {@code float[]} into native memory and back per call, half the bytes of the double kernels.
 */
final class NativeBlasFloatKernels implements FloatKernels {

    private static final int ROW_MAJOR = openblas.CblasRowMajor;
    private static final int NO_TRANS = openblas.CblasNoTrans;
    private static final int TRANS = openblas.CblasTrans;

    private final int threads;

    private NativeBlasFloatKernels(int threads) {
        this.threads = threads;
    }

    /** The sgemm kernels on {@code threads} threads, or empty where the native library does not load. */
    static Optional<FloatKernels> load(int threads) {
        return NativeBlasKernels.loaded() ? Optional.of(new NativeBlasFloatKernels(threads)) : Optional.empty();
    }

    @Override
    public String name() {
        return threads == 1 ? "openblas-sgemm" : "openblas-sgemm x" + threads + " threads";
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        NativeBlasKernels.useThreads(threads);
        openblas.cblas_sgemm(ROW_MAJOR, NO_TRANS, TRANS, m, n, k, 1f, a, k, b, k, 0f, c, n);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        NativeBlasKernels.useThreads(threads);
        openblas.cblas_sgemm(ROW_MAJOR, NO_TRANS, NO_TRANS, m, n, k, 1f, a, k, b, n, 0f, c, n);
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        NativeBlasKernels.useThreads(threads);
        openblas.cblas_sgemm(ROW_MAJOR, TRANS, NO_TRANS, m, n, k, scale, a, m, b, n, 0f, c, n);
    }
}
