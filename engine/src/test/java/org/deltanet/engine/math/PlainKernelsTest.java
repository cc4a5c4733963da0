package org.deltanet.engine.math;

import java.util.Arrays;
import java.util.List;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * PlainKernels' three products against a triple-loop reference on generated shapes: vectors
 * (1 x n, n x 1), odd and prime sizes, operands and output longer than needed.
 *
 * <p>Operand tails hold NaN, so reading past the used length spoils the result; the output starts
 * as NaN where the product goes, so accumulating into it instead of overwriting does too, and
 * holds a finite sentinel beyond {@code m * n}, which must survive bit for bit. Where the
 * reference sums in the kernel's order (every product, and the scaled {@code A^T B} with scale 1),
 * results must be exactly equal (0.0 and -0.0 count as equal); otherwise within {@code 1e-12} of
 * the scaled sum of the terms' magnitudes.
 */
class PlainKernelsTest {

    private static final double RELATIVE = 1e-12;
    private static final double SENTINEL = -8.125e299;
    private static final List<Integer> SPECIAL_SIZES = List.of(1, 2, 3, 5, 7, 11, 13, 17);

    private final MatrixKernels kernels = new PlainKernels();

    /** How a product reads its operands: element (i, p) of the left and (p, j) of the right factor. */
    private enum Layout {
        /** {@code C = A B^T}: A is m x k, B is n x k. */
        TRANSPOSED_B,
        /** {@code C = A B}: A is m x k, B is k x n. */
        PLAIN,
        /** {@code C = scale A^T B}: A is k x m, B is k x n. */
        TRANSPOSED_A;

        double left(double[] a, int i, int p, int m, int k) {
            return this == TRANSPOSED_A ? a[p * m + i] : a[i * k + p];
        }

        double right(double[] b, int p, int j, int n, int k) {
            return this == TRANSPOSED_B ? b[j * k + p] : b[p * n + j];
        }
    }

    /** One product: shape, scale (1 except for A^T B), operands with padded tails, output padding. */
    private record Product(
            Layout layout, int m, int n, int k, double scale, double[] a, double[] b, int outputPadding) {
        @Override
        public String toString() {
            return layout + " m=" + m + ", n=" + n + ", k=" + k + ", scale=" + scale + ", a=" + Arrays.toString(a)
                    + ", b=" + Arrays.toString(b) + ", output padding=" + outputPadding;
        }
    }

    @Test
    void multiplyTransposedBIsTheTripleLoop() {
        check("C = A B^T", Layout.TRANSPOSED_B);
    }

    @Test
    void multiplyIsTheTripleLoop() {
        check("C = A B", Layout.PLAIN);
    }

    @Test
    void multiplyTransposedAIsTheTripleLoop() {
        check("C = scale A^T B", Layout.TRANSPOSED_A);
    }

    private void check(String product, Layout layout) {
        Property.forAll(
                        "plain kernels: " + product + " equals the triple loop, reading and writing only what it may",
                        products(layout),
                        this::matchesReference)
                .check()
                .run();
    }

    private static Gen<Product> products(Layout layout) {
        Gen<Integer> sizes = Generate.oneOf(Generate.pick(SPECIAL_SIZES), Generate.range(1, 20, 1));
        Gen<Integer> paddings = Generate.range(0, 3, 0);
        Gen<Double> scales = layout == Layout.TRANSPOSED_A
                ? Generate.oneOf(Generate.constant(1.0), Generators.reals(-2.0, 2.0, 1.0))
                : Generate.constant(1.0);
        return source -> {
            int m = sizes.generate(source);
            int n = sizes.generate(source);
            int k = sizes.generate(source);
            double scale = scales.generate(source);
            double[] a = padded(
                    Generators.arrays(m * k, Generators.reals(-10.0, 10.0)).generate(source),
                    paddings.generate(source));
            double[] b = padded(
                    Generators.arrays(k * n, Generators.reals(-10.0, 10.0)).generate(source),
                    paddings.generate(source));
            return new Product(layout, m, n, k, scale, a, b, paddings.generate(source));
        };
    }

    private static double[] padded(double[] values, int padding) {
        double[] copy = Arrays.copyOf(values, values.length + padding);
        Arrays.fill(copy, values.length, copy.length, Double.NaN);
        return copy;
    }

    private void matchesReference(Product p) {
        int used = p.m() * p.n();
        double[] c = new double[used + p.outputPadding()];
        Arrays.fill(c, 0, used, Double.NaN);
        Arrays.fill(c, used, c.length, SENTINEL);
        double[] a = p.a().clone();
        double[] b = p.b().clone();
        switch (p.layout()) {
            case TRANSPOSED_B -> kernels.multiplyTransposedB(a, b, c, p.m(), p.n(), p.k());
            case PLAIN -> kernels.multiply(a, b, c, p.m(), p.n(), p.k());
            case TRANSPOSED_A -> kernels.multiplyTransposedA(a, b, c, p.m(), p.n(), p.k(), p.scale());
        }
        if (!Arrays.equals(a, p.a()) || !Arrays.equals(b, p.b())) {
            throw new AssertionError("an operand was modified");
        }
        for (int i = used; i < c.length; i++) {
            if (Double.doubleToRawLongBits(c[i]) != Double.doubleToRawLongBits(SENTINEL)) {
                throw new AssertionError(
                        "wrote " + c[i] + " to index " + i + ", beyond the " + used + " elements of C");
            }
        }
        boolean sameOrder = p.scale() == 1.0;
        for (int i = 0; i < p.m(); i++) {
            for (int j = 0; j < p.n(); j++) {
                double sum = 0.0;
                double magnitude = 0.0;
                for (int q = 0; q < p.k(); q++) {
                    double term = p.layout().left(p.a(), i, q, p.m(), p.k())
                            * p.layout().right(p.b(), q, j, p.n(), p.k());
                    sum += term;
                    magnitude += Math.abs(term);
                }
                double expected = p.scale() * sum;
                double actual = c[i * p.n() + j];
                boolean agrees = sameOrder
                        ? actual == expected
                        : Math.abs(actual - expected) <= RELATIVE * Math.abs(p.scale()) * magnitude;
                if (!agrees) {
                    throw new AssertionError(
                            "C(" + i + ", " + j + ") is " + actual + ", the triple loop gives " + expected
                                    + (sameOrder
                                            ? " (same summation order: must be identical)"
                                            : " (allowed " + RELATIVE + " * " + Math.abs(p.scale()) * magnitude + ")"));
                }
            }
        }
    }
}
