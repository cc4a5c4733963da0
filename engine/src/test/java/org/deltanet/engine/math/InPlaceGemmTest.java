package org.deltanet.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.bytedeco.openblas.global.openblas;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The kernels a run loads call OpenBLAS on the arrays in place ({@link InPlaceGemm}) wherever the
 * library is available, and compute bit for bit what OpenBLAS computes on copies of them ({@link
 * NativeOperands}), in both precisions, on one and two threads, for generated shapes and operands
 * longer than the product reads; and refuses the calls that native code could not survive. Skipped
 * where the library was not built (no C compiler), except under CI, where {@code .ci/run} installs
 * one and a missing library fails.
 */
class InPlaceGemmTest {

    /** One generated product of the kind {@code product} (0, 1, 2: A B^T, A B, scale A^T B). */
    record Case(int product, int m, int n, int k, int slack, int threads, long seed) {}

    @BeforeAll
    static void libraryLoadedWhereBuilt() {
        if (InPlaceGemm.available()) {
            return;
        }
        String message = "OpenBLAS in place is unavailable: " + InPlaceGemm.unavailableBecause();
        boolean linuxX86 = System.getProperty("os.name").startsWith("Linux")
                && System.getProperty("os.arch").equals("amd64");
        if (linuxX86 && System.getenv("CI") != null) {
            fail("CI is set and " + message + " (.ci/run installs gcc)");
        }
        Assumptions.abort("skipped: " + message);
    }

    @Test
    void theKernelsRunsUseWorkOnTheArraysInPlace() {
        for (int threads = 1; threads <= 2; threads++) {
            assertTrue(((NativeBlasKernels)
                            NativeBlasKernels.load(threads, new PlainKernels()).orElseThrow())
                    .inPlace());
            assertTrue(((NativeBlasFloatKernels)
                            NativeBlasFloatKernels.load(threads).orElseThrow())
                    .inPlace());
            assertFalse(((NativeBlasKernels) NativeBlasKernels.throughCopies(threads, new PlainKernels())
                            .orElseThrow())
                    .inPlace());
            assertFalse(((NativeBlasFloatKernels)
                            NativeBlasFloatKernels.throughCopies(threads).orElseThrow())
                    .inPlace());
        }
    }

    @Test
    void doubleProductsInPlaceEqualTheProductsOnCopies() {
        Property.forAll("dgemm in place equals dgemm on copies, bit for bit", cases(), c -> {
                    SplittableRandom random = new SplittableRandom(c.seed());
                    double[] a = doubles(random, c.m() * c.k() + c.slack());
                    double[] b = doubles(random, c.n() * c.k() + c.slack());
                    MatrixKernels inPlace = NativeBlasKernels.load(c.threads(), new PlainKernels())
                            .orElseThrow();
                    MatrixKernels copies = NativeBlasKernels.throughCopies(c.threads(), new PlainKernels())
                            .orElseThrow();
                    assertArrayEquals(product(copies, c, a, b), product(inPlace, c, a, b), c.toString());
                })
                .check()
                .run();
    }

    @Test
    void floatProductsInPlaceEqualTheProductsOnCopies() {
        Property.forAll("sgemm in place equals sgemm on copies, bit for bit", cases(), c -> {
                    SplittableRandom random = new SplittableRandom(c.seed());
                    float[] a = floats(random, c.m() * c.k() + c.slack());
                    float[] b = floats(random, c.n() * c.k() + c.slack());
                    FloatKernels inPlace =
                            NativeBlasFloatKernels.load(c.threads()).orElseThrow();
                    FloatKernels copies =
                            NativeBlasFloatKernels.throughCopies(c.threads()).orElseThrow();
                    assertArrayEquals(product(copies, c, a, b), product(inPlace, c, a, b), c.toString());
                })
                .check()
                .run();
    }

    @Test
    void aShortOperandOrAnOutputThatIsAnOperandIsRefusedBeforeNativeCode() {
        int noTrans = openblas.CblasNoTrans;
        double[] a = new double[6];
        double[] b = new double[6];
        double[] c = new double[4];
        IllegalArgumentException shortOperand = assertThrows(
                IllegalArgumentException.class,
                () -> InPlaceGemm.dgemm(noTrans, noTrans, 2, 2, 3, 1, a, 6, 3, new double[5], 6, 2, c));
        assertTrue(shortOperand.getMessage().contains("hold 6, 5 and 4"), shortOperand.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> InPlaceGemm.sgemm(
                        noTrans, noTrans, 2, 2, 3, 1, new float[6], 6, 3, new float[6], 6, 2, new float[3]));
        assertThrows(
                IllegalArgumentException.class,
                () -> InPlaceGemm.dgemm(noTrans, noTrans, 2, 2, 2, 1, a, 4, 2, b, 4, 2, a));
        InPlaceGemm.dgemm(noTrans, noTrans, 2, 2, 3, 1, a, 6, 3, b, 6, 2, c);
        assertFalse(Arrays.stream(c).anyMatch(Double::isNaN));
    }

    private static Gen<Case> cases() {
        Gen<Integer> sizes = Generate.oneOf(
                Generate.range(1, 9), Generate.pick(List.of(1, 2, 3, 16, 17, 31, 64, 127)), Generate.range(1, 160));
        return sizes.zip(sizes, sizes, (m, n, k) -> new int[] {m, n, k})
                .zip(
                        Generate.range(0, 2),
                        Generate.range(0, 9),
                        Generate.range(1, 2),
                        Generate.longRange(0, Long.MAX_VALUE),
                        (shape, product, slack, threads, seed) ->
                                new Case(product, shape[0], shape[1], shape[2], slack, threads, seed));
    }

    private static double[] product(MatrixKernels kernels, Case c, double[] a, double[] b) {
        double[] out = new double[c.m() * c.n()];
        switch (c.product()) {
            case 0 -> kernels.multiplyTransposedB(a, b, out, c.m(), c.n(), c.k());
            case 1 -> kernels.multiply(a, b, out, c.m(), c.n(), c.k());
            default -> kernels.multiplyTransposedA(a, b, out, c.m(), c.n(), c.k(), 0.375);
        }
        return out;
    }

    private static float[] product(FloatKernels kernels, Case c, float[] a, float[] b) {
        float[] out = new float[c.m() * c.n()];
        switch (c.product()) {
            case 0 -> kernels.multiplyTransposedB(a, b, out, c.m(), c.n(), c.k());
            case 1 -> kernels.multiply(a, b, out, c.m(), c.n(), c.k());
            default -> kernels.multiplyTransposedA(a, b, out, c.m(), c.n(), c.k(), 0.375f);
        }
        return out;
    }

    private static double[] doubles(SplittableRandom random, int length) {
        double[] values = new double[length];
        Arrays.setAll(values, i -> random.nextDouble(-2, 2));
        return values;
    }

    private static float[] floats(SplittableRandom random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) random.nextDouble(-2, 2);
        }
        return values;
    }
}
