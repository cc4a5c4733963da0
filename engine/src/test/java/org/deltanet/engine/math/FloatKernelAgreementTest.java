package org.deltanet.engine.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every float kernel this JVM offers (the Vector API's, OpenBLAS's sgemm on one and two threads,
 * the measured choice between them) against the reference
 * {@link PlainFloatKernels}, summed in double, on generated shapes (1 to 40 in each dimension, so
 * that full vectors, last vectors reaching past the matrix, the eight- and four-row blocks with
 * their leftover rows, and an A of exactly two vectors of rows (32 or 16: the forward product's
 * transposed way) all occur), with operands longer than the shapes and an output whose tail must
 * stay untouched. Agreement within
 * float rounding of the sum: {@value #RELATIVE} times the sum of |a b| of the entry.
 */
class FloatKernelAgreementTest {

    private static final double RELATIVE = 2e-5;

    private record Case(int m, int n, int k, float scale, float[] a, float[] b) {
        @Override
        public String toString() {
            return "m=" + m + ", n=" + n + ", k=" + k + ", scale=" + scale + ", a=" + Arrays.toString(a) + ", b="
                    + Arrays.toString(b);
        }
    }

    private static final Gen<Case> CASES = Generate.range(1, 40)
            .zip(Generate.range(1, 40), Generate.range(1, 40), (m, n, k) -> new int[] {m, n, k})
            .flatMap(s -> floats(s[0] * s[2] + 3)
                    .zip(
                            floats(s[1] * s[2] + 3),
                            Generators.reals(0.01, 1.0),
                            (a, b, scale) -> new Case(s[0], s[1], s[2], scale.floatValue(), a, b)));

    /**
     * Odd shapes: each dimension a whole number of sixteen-float vectors plus or minus a few (1
     * to 67), so that every block of the kernels meets a last vector that is partly outside the
     * matrix, and operands sized exactly (nothing beyond the last element to read by mistake).
     */
    private static final Gen<Case> ODD_CASES = odd().zip(odd(), odd(), (m, n, k) -> new int[] {m, n, k})
            .flatMap(s -> floats(s[0] * s[2])
                    .zip(
                            floats(s[1] * s[2]),
                            Generators.reals(0.01, 1.0),
                            (a, b, scale) -> new Case(s[0], s[1], s[2], scale.floatValue(), a, b)));

    /**
     * Products whose A spans several of the cache blocks the forward kernel works through (256 KB
     * of A each: 72 rows of 900, 652 of 100), with a few columns of C to keep the reference quick;
     * operands from a seed.
     */
    private static final Gen<Case> LARGE_CASES = Generate.range(60, 800)
            .zip(Generate.range(1, 9), Generate.range(100, 900), (m, n, k) -> new int[] {m, n, k})
            .zip(Generate.longRange(0, Long.MAX_VALUE), (s, seed) -> {
                java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
                return new Case(s[0], s[1], s[2], 0.5f, seeded(random, s[0] * s[2]), seeded(random, s[1] * s[2]));
            });

    private static float[] seeded(java.util.SplittableRandom random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) random.nextDouble(-2, 2);
        }
        return values;
    }

    private static Gen<Integer> odd() {
        return Generate.range(0, 4).zip(Generate.range(-3, 3), (vectors, offset) -> Math.max(1, vectors * 16 + offset));
    }

    private static Gen<float[]> floats(int n) {
        return Generators.arrays(n, Generators.reals(-2, 2)).map(values -> {
            float[] rounded = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                rounded[i] = (float) values[i];
            }
            return rounded;
        });
    }

    /**
     * Float kernels under test: each fast single-threaded path, OpenBLAS's sgemm on two threads and
     * on copies of the operands, and the measured choice (on one and two threads) that a float32 run
     * computes with.
     */
    static List<FloatKernels> fastFloatKernels() {
        List<FloatKernels> kernels = new ArrayList<>(
                FloatKernels.available().subList(1, FloatKernels.available().size()));
        NativeBlasFloatKernels.load(2).ifPresent(kernels::add);
        NativeBlasFloatKernels.throughCopies(1).ifPresent(kernels::add);
        kernels.add(new MeasuredFloatKernels(Kernels.floatCandidates(1), 0));
        kernels.add(new MeasuredFloatKernels(Kernels.floatCandidates(2), 0));
        return kernels;
    }

    @TestFactory
    Stream<DynamicTest> everyFloatKernelAgreesWithTheReference() {
        FloatKernels reference = new PlainFloatKernels();
        return fastFloatKernels().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                kernels.name() + " agrees with " + reference.name(), CASES, c -> {
                                    for (int product = 0; product < 3; product++) {
                                        agree(product, kernels, reference, c);
                                    }
                                })
                        .check()
                        .run()));
    }

    @TestFactory
    Stream<DynamicTest> everyFloatKernelAgreesWhereAFillsSeveralCacheBlocks() {
        FloatKernels reference = new PlainFloatKernels();
        return fastFloatKernels().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                kernels.name() + " agrees with " + reference.name() + " on large A", LARGE_CASES, c -> {
                                    for (int product = 0; product < 3; product++) {
                                        agree(product, kernels, reference, c);
                                    }
                                })
                        .check()
                        .run()));
    }

    /**
     * Odd shapes with exactly sized operands, each product made right after one of another shape
     * whose operands are all NaN on the same thread: a kernel that reads past a row or the array
     * (a last vector loaded whole), or takes stale padding from a buffer kept between calls, shows
     * a NaN or a wrong sum.
     */
    @TestFactory
    Stream<DynamicTest> everyFloatKernelAgreesOnOddShapesAfterAnother() {
        FloatKernels reference = new PlainFloatKernels();
        return fastFloatKernels().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                kernels.name() + " agrees with " + reference.name() + " on odd shapes",
                                ODD_CASES.zip(ODD_CASES, (c, before) -> new Case[] {c, before}),
                                cases -> {
                                    for (int product = 0; product < 3; product++) {
                                        dirty(product, kernels, cases[1]);
                                        agree(product, kernels, reference, cases[0]);
                                    }
                                })
                        .check()
                        .run()));
    }

    /** Product {@code product} of {@code c}'s shape on operands of NaN, to leave NaN in any buffer. */
    private static void dirty(int product, FloatKernels kernels, Case c) {
        float[] a = new float[c.a().length];
        float[] b = new float[c.b().length];
        Arrays.fill(a, Float.NaN);
        Arrays.fill(b, Float.NaN);
        float[] out = new float[c.m() * c.n()];
        switch (product) {
            case 0 -> kernels.multiplyTransposedB(a, b, out, c.m(), c.n(), c.k());
            case 1 -> kernels.multiply(a, b, out, c.m(), c.n(), c.k());
            default -> kernels.multiplyTransposedA(a, b, out, c.m(), c.n(), c.k(), 1f);
        }
    }

    private static void agree(int product, FloatKernels kernels, FloatKernels reference, Case c) {
        int m = c.m();
        int n = c.n();
        int k = c.k();
        float[] expected = new float[m * n + 5];
        float[] actual = new float[m * n + 5];
        Arrays.fill(actual, m * n, actual.length, 7f);
        float[] bound = new float[m * n];
        FloatKernels magnitude = new PlainFloatKernels();
        String name;
        switch (product) {
            case 0 -> { // A (m x k) B^T (B n x k)
                name = "A B^T";
                reference.multiplyTransposedB(c.a(), c.b(), expected, m, n, k);
                kernels.multiplyTransposedB(c.a(), c.b(), actual, m, n, k);
                magnitude.multiplyTransposedB(abs(c.a()), abs(c.b()), bound, m, n, k);
            }
            case 1 -> { // A (m x k) B (B k x n)
                name = "A B";
                reference.multiply(c.a(), c.b(), expected, m, n, k);
                kernels.multiply(c.a(), c.b(), actual, m, n, k);
                magnitude.multiply(abs(c.a()), abs(c.b()), bound, m, n, k);
            }
            default -> { // scale A^T (A k x m) B (B k x n)
                name = "scale A^T B";
                reference.multiplyTransposedA(c.a(), c.b(), expected, m, n, k, c.scale());
                kernels.multiplyTransposedA(c.a(), c.b(), actual, m, n, k, c.scale());
                magnitude.multiplyTransposedA(abs(c.a()), abs(c.b()), bound, m, n, k, c.scale());
            }
        }
        for (int i = 0; i < m * n; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= RELATIVE * bound[i] + Float.MIN_NORMAL)) {
                throw new AssertionError(name + " [" + i / n + "][" + i % n + "]: reference " + expected[i] + ", "
                        + kernels.name() + " " + actual[i]);
            }
        }
        for (int i = m * n; i < actual.length; i++) {
            if (actual[i] != 7f) {
                throw new AssertionError(name + ": wrote beyond the output, at " + i);
            }
        }
    }

    private static float[] abs(float[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = Math.abs(values[i]);
        }
        return result;
    }
}
