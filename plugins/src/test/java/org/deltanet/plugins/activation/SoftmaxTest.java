package org.deltanet.plugins.activation;

import java.util.Arrays;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SoftmaxTest {

    private final Softmax softmax = new Softmax();

    /** A batch of net inputs and a constant to add to all of them. */
    private record Case(Generators.Shape shape, double[] z, double shift) {
        @Override
        public String toString() {
            return shape + ", z=" + Arrays.toString(z) + ", shift=" + shift;
        }
    }

    /** Shifts up to 1000 push z past 709.8, where e^z overflows unless the row maximum is subtracted. */
    private static final Gen<Case> CASES = Generators.shapes()
            .flatMap(shape -> Generators.arrays(shape.size(), Generators.reals(-50.0, 50.0))
                    .zip(Generators.reals(-1000.0, 1000.0), (z, shift) -> new Case(shape, z, shift)));

    @Test
    void rowsAreDistributions() {
        Property.forAll("softmax rows are distributions", CASES, c -> {
                    double[] a = forward(c.z(), c.shape());
                    for (int r = 0; r < c.shape().rows(); r++) {
                        double sum = 0.0;
                        for (int i = r * c.shape().cols();
                                i < (r + 1) * c.shape().cols();
                                i++) {
                            if (!(a[i] >= 0.0 && a[i] <= 1.0)) {
                                throw new AssertionError("a[" + i + "] = " + a[i]);
                            }
                            sum += a[i];
                        }
                        if (Math.abs(sum - 1.0) > 1e-12) {
                            throw new AssertionError("row " + r + " sums to " + sum);
                        }
                    }
                })
                .check()
                .run();
    }

    /** Shifting a row by c changes each exponent by at most 2 ulp(1050) ~ 4.6e-13, hence the 1e-11. */
    @Test
    void addingAConstantToEveryInputChangesNothing() {
        Property.forAll("softmax(z + c) = softmax(z)", CASES, c -> {
                    double[] shifted = c.z().clone();
                    for (int i = 0; i < shifted.length; i++) {
                        shifted[i] += c.shift();
                    }
                    double[] expected = forward(c.z(), c.shape());
                    double[] actual = forward(shifted, c.shape());
                    for (int i = 0; i < expected.length; i++) {
                        if (!(Math.abs(actual[i] - expected[i]) <= 1e-11)) {
                            throw new AssertionError(
                                    "index " + i + ": " + actual[i] + " after the shift, " + expected[i] + " before");
                        }
                    }
                })
                .check()
                .run();
    }

    private double[] forward(double[] z, Generators.Shape shape) {
        double[] a = new double[shape.size()];
        softmax.forward(z, a, shape.rows(), shape.cols());
        return a;
    }
}
