package org.deltanet.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every fast kernel against {@link PlainKernels} on generated shapes: 1 x n and n x 1, odd and
 * prime sizes, sizes around the tile and vector widths, operands longer than the shape, a scale
 * factor, and random bands of rows. Entries of C outside the computed rows, and past m n, must be
 * left untouched; computed entries must agree within {@value #RELATIVE} of the sum of the absolute
 * terms (the rounding bound of a dot product, which a result near 0 by cancellation needs).
 */
class KernelAgreementTest {

    private static final double RELATIVE = 1e-12;
    private static final double UNTOUCHED = -12345.678;
    private static final MatrixKernels PLAIN = new PlainKernels();
    private static final List<Double> SCALES = List.of(1.0, 0.25, 1.0 / 3, -2.5);

    /** The three products. */
    enum Product {
        TRANSPOSED_B,
        PLAIN,
        TRANSPOSED_A
    }

    /** One generated product: C is m x n, the inner dimension k; operands get {@code slack} extra entries. */
    record Case(Product product, int m, int n, int k, int slack, double scale, int from, int to, long seed) {
        @Override
        public String toString() {
            return product + " m=" + m + " n=" + n + " k=" + k + " slack=" + slack + " scale=" + scale + " rows " + from
                    + ".." + to + " seed=" + seed;
        }
    }

    /**
     * Kernels under test: each fast single-threaded path, each Java one split between three
     * threads (OpenBLAS threads itself: see {@link NativeBlasKernels}), OpenBLAS on copies of the
     * operands as well as in place, and the measured choice.
     */
    static List<MatrixKernels> fastKernels() {
        List<MatrixKernels> kernels = new ArrayList<>();
        for (MatrixKernels single : Kernels.available()) {
            if (!(single instanceof PlainKernels)) {
                kernels.add(single);
                if (!(single instanceof NativeBlasKernels)) {
                    kernels.add(new ParallelKernels(single, 3, 1));
                }
            }
        }
        kernels.add(new ParallelKernels(PLAIN, 2, 1));
        NativeBlasKernels.throughCopies(1, Kernels.fastestJava()).ifPresent(kernels::add);
        kernels.add(new MeasuredKernels(Kernels.candidates(1), 0));
        kernels.add(new MeasuredKernels(Kernels.candidates(2), 0));
        return kernels;
    }

    @TestFactory
    Stream<DynamicTest> everyKernelAgreesWithThePlainReference() {
        return fastKernels().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                kernels.name() + ": products equal the plain reference within rounding",
                                cases(),
                                c -> check(kernels, c))
                        .check()
                        .run()));
    }

    /**
     * Products whose A spans several of the cache blocks the forward kernel works through (256 KB
     * of A each: 36 rows of 900, 327 of 100), with a few columns of C to keep the reference quick.
     */
    @TestFactory
    Stream<DynamicTest> everyKernelAgreesWhereAFillsSeveralCacheBlocks() {
        Gen<int[]> shapes = Generate.range(30, 400)
                .zip(Generate.range(1, 9), Generate.range(100, 900), (m, n, k) -> new int[] {m, n, k});
        return fastKernels().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                kernels.name() + ": products of large A equal the plain reference within rounding",
                                cases(shapes),
                                c -> check(kernels, c))
                        .check()
                        .run()));
    }

    @Test
    void theVectorPathIsTestedWhereTheProcessorHasIt() {
        assertTrue(
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "surefire must run with --add-modules jdk.incubator.vector, or the vector kernels go untested");
        assumeTrue(VectorKernels.worthwhile(), "this processor has no vectors of four doubles");
        assertTrue(Kernels.available().stream().anyMatch(VectorKernels.class::isInstance));
        assertTrue(
                Kernels.best(1).candidates().get(0) instanceof VectorKernels,
                Kernels.best(1).name());
        assertEquals(2, ((ParallelKernels) Kernels.best(2).candidates().get(0)).threads());
    }

    @Test
    void theNativePathIsTestedOnLinuxX86() {
        assumeTrue(
                System.getProperty("os.name").startsWith("Linux")
                        && System.getProperty("os.arch").equals("amd64"),
                "OpenBLAS is bundled for linux-x86_64 only");
        assertTrue(
                Kernels.available().stream().anyMatch(NativeBlasKernels.class::isInstance),
                "org.bytedeco:openblas did not load on linux-x86_64");
        assertEquals(
                List.of("openblas x2 threads"),
                Kernels.candidates(2).stream().skip(1).map(MatrixKernels::name).toList());
    }

    @Test
    void eachShapeIsMeasuredOnceAndReportedWithEveryCandidatesSpeed() {
        MeasuredKernels measured = new MeasuredKernels(List.of(new PlainKernels(), new TiledKernels()), 0);
        MeasuredKernels.Shape forward = new MeasuredKernels.Shape(MeasuredKernels.Kind.FORWARD, 16, 24, 40);
        MeasuredKernels.Shape gradient = new MeasuredKernels.Shape(MeasuredKernels.Kind.GRADIENT, 24, 40, 16);
        measured.measure(List.of(forward, gradient, forward));
        assertEquals(
                List.of(forward, gradient),
                measured.choices().stream().map(MeasuredKernels.Choice::shape).toList());
        for (MeasuredKernels.Choice choice : measured.choices()) {
            double[] speeds = choice.gflops();
            assertTrue(speeds[0] > 0 && speeds[1] > 0, Arrays.toString(speeds));
            MatrixKernels faster = speeds[0] >= speeds[1]
                    ? measured.candidates().get(0)
                    : measured.candidates().get(1);
            assertEquals(faster, choice.kernel());
        }
        double[] c = new double[16 * 24];
        measured.multiplyTransposedB(new double[16 * 40], new double[24 * 40], c, 16, 24, 40);
        measured.multiply(new double[16 * 40], new double[40 * 24], c, 16, 24, 40);
        assertEquals(3, measured.choices().size(), "a new shape is measured on its first call");
        assertTrue(
                measured.report()
                        .get(0)
                        .matches("forward 16x24x40: (plain|tiled)-java \\(plain-java [0-9.]+, "
                                + "tiled-java [0-9.]+ GFLOP/s\\)"),
                measured.report().get(0));
    }

    private static Gen<Integer> sizes() {
        return Generate.oneOf(
                Generate.range(1, 9),
                Generate.pick(List.of(1, 2, 3, 5, 7, 11, 13, 17, 31, 37, 61)),
                Generate.range(1, 70));
    }

    static Gen<Case> cases() {
        return cases(sizes().zip(sizes(), sizes(), (m, n, k) -> new int[] {m, n, k}));
    }

    /** Products of the given shapes (m, n, k), with generated products, scales, slack and row bands. */
    private static Gen<Case> cases(Gen<int[]> shapes) {
        return shapes.zip(
                Generate.enumValues(Product.class),
                Generate.pick(SCALES),
                Generate.range(0, 9),
                Generate.longRange(0, Long.MAX_VALUE),
                (shape, product, scale, slack, seed) -> {
                    int m = shape[0];
                    SplittableRandom random = new SplittableRandom(seed);
                    int from = random.nextInt(m);
                    int to = from + 1 + random.nextInt(m - from);
                    return new Case(
                            product,
                            m,
                            shape[1],
                            shape[2],
                            slack,
                            product == Product.TRANSPOSED_A ? scale : 1.0,
                            from,
                            to,
                            seed);
                });
    }

    private static void check(MatrixKernels kernels, Case c) {
        SplittableRandom random = new SplittableRandom(c.seed());
        double[] a = operand(random, c.m() * c.k(), c.slack());
        double[] b = operand(random, c.n() * c.k(), c.slack());
        double[] expected = untouched(c.m() * c.n() + c.slack());
        run(PLAIN, c, a, b, expected, 0, c.m());

        double[] whole = untouched(expected.length);
        run(kernels, c, a, b, whole, 0, c.m());
        compare(c, a, b, expected, whole, 0, c.m());

        double[] band = untouched(expected.length);
        run(kernels, c, a, b, band, c.from(), c.to());
        compare(c, a, b, expected, band, c.from(), c.to());
    }

    /** Random values, then {@code slack} NaNs that poison any result that reads past the shape. */
    private static double[] operand(SplittableRandom random, int length, int slack) {
        double[] values = new double[length + slack];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble(-2, 2);
        }
        Arrays.fill(values, length, values.length, Double.NaN);
        return values;
    }

    private static double[] untouched(int length) {
        double[] values = new double[length];
        Arrays.fill(values, UNTOUCHED);
        return values;
    }

    private static void run(MatrixKernels kernels, Case c, double[] a, double[] b, double[] out, int from, int to) {
        boolean whole = from == 0 && to == c.m();
        switch (c.product()) {
            case TRANSPOSED_B -> {
                if (whole) {
                    kernels.multiplyTransposedB(a, b, out, c.m(), c.n(), c.k());
                } else {
                    kernels.multiplyTransposedBRows(a, b, out, c.n(), c.k(), from, to);
                }
            }
            case PLAIN -> {
                if (whole) {
                    kernels.multiply(a, b, out, c.m(), c.n(), c.k());
                } else {
                    kernels.multiplyRows(a, b, out, c.n(), c.k(), from, to);
                }
            }
            case TRANSPOSED_A -> {
                if (whole) {
                    kernels.multiplyTransposedA(a, b, out, c.m(), c.n(), c.k(), c.scale());
                } else {
                    kernels.multiplyTransposedARows(a, b, out, c.m(), c.n(), c.k(), c.scale(), from, to);
                }
            }
        }
    }

    private static void compare(Case c, double[] a, double[] b, double[] expected, double[] actual, int from, int to) {
        for (int index = 0; index < actual.length; index++) {
            int row = index / c.n();
            if (index >= c.m() * c.n() || row < from || row >= to) {
                if (actual[index] != UNTOUCHED) {
                    throw new AssertionError("entry " + index + " is outside rows " + from + ".." + to + " of the "
                            + c.m() + " x " + c.n() + " result but was overwritten with " + actual[index]);
                }
                continue;
            }
            double bound = RELATIVE * Math.abs(c.scale()) * absoluteTerms(c, a, b, row, index % c.n());
            if (!(Math.abs(actual[index] - expected[index]) <= bound)) {
                throw new AssertionError("C(" + row + ", " + index % c.n() + ") = " + actual[index]
                        + ", the reference gives " + expected[index] + " (allowed difference " + bound + ")");
            }
        }
    }

    /** sum_p |A(i, p) B(p, j)| for the case's product. */
    private static double absoluteTerms(Case c, double[] a, double[] b, int i, int j) {
        double sum = 0.0;
        for (int p = 0; p < c.k(); p++) {
            double x = c.product() == Product.TRANSPOSED_A ? a[p * c.m() + i] : a[i * c.k() + p];
            double y = c.product() == Product.TRANSPOSED_B ? b[j * c.k() + p] : b[p * c.n() + j];
            sum += Math.abs(x * y);
        }
        return sum;
    }
}
