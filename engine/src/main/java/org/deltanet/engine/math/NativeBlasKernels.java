package org.deltanet.engine.math;

import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The three products through OpenBLAS's {@code cblas_dgemm}, as bundled by
 * {@code org.bytedeco:openblas} (the library comes inside the jar for linux-x86_64; JavaCPP
 * extracts it once into {@code ~/.javacpp/cache}). OpenBLAS picks its kernels for the processor
 * itself (AVX-512 on this project's machines) and splits a product between its own threads:
 * each instance sets OpenBLAS's (process-wide) thread count to its own before every product, or to
 * one for a run whose products are all small ({@link #plan}).
 *
 * <p>OpenBLAS works on the arrays in place where {@link InPlaceGemm} is available (deltanet's
 * JNI library, built with a C compiler). Elsewhere each product copies its operands into the
 * calling thread's {@link NativeOperands} and the output back out: a cost per call that can make
 * small products slower here than in the Java kernels (which is why {@link Kernels} measures
 * before it chooses). Either way <b>this class must not be split between threads by
 * {@link ParallelKernels}</b> (copying the whole output back would overwrite the rows another
 * thread computed meanwhile); OpenBLAS threads itself instead. A band of rows starting at row 0 is
 * a smaller product; other bands, which would need a pointer into the middle of an array, run on
 * the given Java kernels (JavaCPP's offset buffers crashed in {@code free()} when tried).
 */
final class NativeBlasKernels implements MatrixKernels {

    private static final int ROW_MAJOR = openblas.CblasRowMajor;
    private static final int NO_TRANS = openblas.CblasNoTrans;
    private static final int TRANS = openblas.CblasTrans;

    /**
     * A run whose largest product has fewer multiply-adds than this (about 0.1 ms of dgemm on one
     * core) runs OpenBLAS on one thread. Measured through {@code ./deltanet train} on two threads,
     * float64, median epoch of 4 alternating runs each: network A at batch 32 (3.2 million), 59.3
     * ms an epoch on two OpenBLAS threads, 55.3 ms on one; at batch 128 (12.8 million), 43.0 ms
     * on two, 45.4 ms on one.
     */
    static final long MIN_MULTIPLY_ADDS = 1L << 22;

    private final int threads;
    private final MatrixKernels bands;
    private final boolean inPlace;
    private volatile int runThreads;

    private NativeBlasKernels(int threads, MatrixKernels bands, boolean inPlace) {
        this.threads = threads;
        this.bands = bands;
        this.inPlace = inPlace;
        this.runThreads = threads;
    }

    /** One OpenBLAS thread for the run when all its products are small, else {@code threads}; see {@link #threadsFor}. */
    @Override
    public void plan(List<MeasuredChoice.Shape> shapes) {
        runThreads = threadsFor(shapes, threads, MIN_MULTIPLY_ADDS);
    }

    /**
     * The OpenBLAS threads for a run: {@code threads} when one of its products has {@code minimum}
     * multiply-adds or more, else one. Below that a second core gains less than the hand-off costs
     * (waking OpenBLAS's sleeping thread, and fetching operands the calling thread has just
     * written), which a product timed in a loop does not show: it finds its operands in both
     * cores' caches. One count for the whole run, because changing OpenBLAS's thread count costs
     * more than it saves: with two threads for the run's 12.8-million products and one for its
     * small ones, network A at batch 128 in float64 took 77.4 ms an epoch against 43.0 ms.
     */
    static int threadsFor(List<MeasuredChoice.Shape> shapes, int threads, long minimum) {
        return shapes.stream().anyMatch(shape -> shape.multiplyAdds() >= minimum) ? threads : 1;
    }

    /**
     * The native kernels on {@code threads} threads (bands not starting at row 0 on
     * {@code bands}), or empty when the library cannot be loaded
     * here (another operating system or processor, or the native jar left out). The first call
     * loads the library (a second or so the first time, while JavaCPP extracts it).
     */
    static Optional<MatrixKernels> load(int threads, MatrixKernels bands) {
        return Holder.LOADED
                ? Optional.of(new NativeBlasKernels(threads, bands, InPlaceGemm.available()))
                : Optional.empty();
    }

    /** As {@link #load}, copying the operands even where {@link InPlaceGemm} is available (for tests). */
    static Optional<MatrixKernels> throughCopies(int threads, MatrixKernels bands) {
        return Holder.LOADED ? Optional.of(new NativeBlasKernels(threads, bands, false)) : Optional.empty();
    }

    /** Whether OpenBLAS works on the arrays in place ({@link InPlaceGemm}) rather than on copies of them. */
    boolean inPlace() {
        return inPlace;
    }

    /** Whether the native library loaded here (loading it on the first call). */
    static boolean loaded() {
        return Holder.LOADED;
    }

    /** Loads the library once, in the class initializer of a holder, so a failure is remembered. */
    private static final class Holder {
        static final boolean LOADED = tryLoad();

        private static boolean tryLoad() {
            try {
                openblas.blas_set_num_threads(1);
                return true;
            } catch (LinkageError | RuntimeException unavailable) {
                return false;
            }
        }
    }

    @Override
    public Optional<String> planned() {
        return plannedNote(name(), runThreads, threads, MIN_MULTIPLY_ADDS);
    }

    @Override
    public String name() {
        return threads == 1 ? "openblas" : "openblas x" + threads + " threads";
    }

    /** The note {@link #planned()} gives when a run was planned on fewer threads than the kernels' own. */
    static Optional<String> plannedNote(String name, int runThreads, int threads, long minimum) {
        return runThreads < threads
                ? Optional.of(name + " runs on one thread in this run: no product reaches " + minimum
                        + " multiply-adds, below which a second thread costs more than it gains")
                : Optional.empty();
    }

    /** Sets OpenBLAS's (process-wide) thread count to {@code threads}, unless it is already. */
    static void useThreads(int threads) {
        if (openblas.blas_get_num_threads() != threads) {
            openblas.blas_set_num_threads(threads);
        }
    }

    @Override
    public void multiplyTransposedB(double[] a, double[] b, double[] c, int m, int n, int k) {
        gemm(NO_TRANS, TRANS, m, n, k, 1.0, a, m * k, k, b, n * k, k, c);
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int n, int k) {
        gemm(NO_TRANS, NO_TRANS, m, n, k, 1.0, a, m * k, k, b, k * n, n, c);
    }

    @Override
    public void multiplyTransposedA(double[] a, double[] b, double[] c, int m, int n, int k, double scale) {
        gemm(TRANS, NO_TRANS, m, n, k, scale, a, k * m, m, b, k * n, n, c);
    }

    /**
     * {@code C = scale op(A) op(B)}, C {@code m x n} with leading dimension n; the product reads
     * the first {@code aLength} and {@code bLength} values of the operands (in place, or copied in).
     */
    private void gemm(
            int transA,
            int transB,
            int m,
            int n,
            int k,
            double scale,
            double[] a,
            int aLength,
            int lda,
            double[] b,
            int bLength,
            int ldb,
            double[] c) {
        useThreads(runThreads);
        if (inPlace) {
            InPlaceGemm.dgemm(transA, transB, m, n, k, scale, a, aLength, lda, b, bLength, ldb, c);
            return;
        }
        NativeOperands operands = NativeOperands.current();
        DoublePointer output = operands.c.doubles(m * n);
        openblas.cblas_dgemm(
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
                0.0,
                output,
                n);
        output.get(c, 0, m * n);
    }

    @Override
    public void multiplyTransposedBRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        if (from == 0) {
            multiplyTransposedB(a, b, c, to, n, k);
        } else {
            bands.multiplyTransposedBRows(a, b, c, n, k, from, to);
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        if (from == 0) {
            multiply(a, b, c, to, n, k);
        } else {
            bands.multiplyRows(a, b, c, n, k, from, to);
        }
    }

    @Override
    public void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        if (from == 0) {
            gemm(TRANS, NO_TRANS, to, n, k, scale, a, k * m, m, b, k * n, n, c);
        } else {
            bands.multiplyTransposedARows(a, b, c, m, n, k, scale, from, to);
        }
    }
}
