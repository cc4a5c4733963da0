package org.deltanet.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bytedeco.openblas.global.openblas;
import org.deltanet.engine.math.MeasuredChoice.Kind;
import org.deltanet.engine.math.MeasuredChoice.Shape;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OpenBLAS kernels on two threads run a run's products on two OpenBLAS threads only when one of
 * them reaches their precision's minimum (2^22 multiply-adds in double, 128 x 128 x 256; 2^24 in
 * float, 256 x 256 x 256), on one otherwise (and say so), and on two before any plan. Skipped where the native
 * library does not load or OpenBLAS will not run two threads.
 */
class NativeBlasThreadsTest {

    private static final Shape SMALL_DOUBLE = new Shape(Kind.FORWARD, 127, 128, 256);
    private static final Shape LARGE_DOUBLE = new Shape(Kind.GRADIENT, 128, 128, 256);
    private static final Shape SMALL_FLOAT = new Shape(Kind.DELTA, 256, 255, 256);
    private static final Shape LARGE_FLOAT = new Shape(Kind.FORWARD, 256, 256, 256);

    @BeforeEach
    void needsTwoOpenBlasThreads() {
        Assumptions.assumeTrue(NativeBlasKernels.loaded(), "OpenBLAS does not load here");
        openblas.blas_set_num_threads(2);
        Assumptions.assumeTrue(openblas.blas_get_num_threads() == 2, "OpenBLAS runs one thread at most here");
    }

    @Test
    void doubleRunsOfSmallProductsUseOneThread() {
        MatrixKernels kernels = NativeBlasKernels.load(2, new PlainKernels()).orElseThrow();
        assertEquals(2, threadsAfterAProduct(kernels));
        kernels.plan(List.of(SMALL_DOUBLE, SMALL_DOUBLE));
        assertEquals(1, threadsAfterAProduct(kernels));
        assertEquals(
                "openblas x2 threads runs on one thread in this run: no product reaches 4194304 multiply-adds,"
                        + " below which a second thread costs more than it gains",
                kernels.planned().orElseThrow());
        kernels.plan(List.of(SMALL_DOUBLE, LARGE_DOUBLE));
        assertEquals(2, threadsAfterAProduct(kernels));
        assertTrue(kernels.planned().isEmpty());
    }

    @Test
    void floatRunsOfSmallProductsUseOneThread() {
        FloatKernels kernels = NativeBlasFloatKernels.load(2).orElseThrow();
        assertEquals(2, threadsAfterAProduct(kernels));
        kernels.plan(List.of(SMALL_FLOAT, LARGE_DOUBLE));
        assertEquals(1, threadsAfterAProduct(kernels));
        assertTrue(kernels.planned().orElseThrow().contains("no product reaches 16777216 multiply-adds"));
        kernels.plan(List.of(LARGE_FLOAT));
        assertEquals(2, threadsAfterAProduct(kernels));
        assertTrue(kernels.planned().isEmpty());
    }

    @Test
    void measuringARunPlansItsCandidates() {
        MeasuredKernels measured = new MeasuredKernels(
                List.of(NativeBlasKernels.load(2, new PlainKernels()).orElseThrow()), 1);
        measured.measure(List.of(new Shape(Kind.FORWARD, 4, 4, 4)));
        measured.multiplyTransposedB(new double[16], new double[16], new double[16], 4, 4, 4);
        assertEquals(1, openblas.blas_get_num_threads());
    }

    /** OpenBLAS's thread count after a tiny product (which the plan, not its own size, decides). */
    private static int threadsAfterAProduct(MatrixKernels kernels) {
        kernels.multiplyTransposedB(new double[4], new double[4], new double[4], 2, 2, 2);
        return openblas.blas_get_num_threads();
    }

    private static int threadsAfterAProduct(FloatKernels kernels) {
        kernels.multiplyTransposedB(new float[4], new float[4], new float[4], 2, 2, 2);
        return openblas.blas_get_num_threads();
    }
}
