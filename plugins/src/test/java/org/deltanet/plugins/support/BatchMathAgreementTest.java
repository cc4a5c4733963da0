package org.deltanet.plugins.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The Vector API loops against the scalar reference over generated inputs: lengths 1 to 70 (the
 * vector body, the tail and both), values in [-40, 40] (sigmoid's and softmax's exponentials far
 * into saturation). Bit for bit where the arithmetic is the same operations (sigmoid too: both
 * take {@link DoubleExp}'s exponentials); within a few units in the last place where the order of
 * a sum differs.
 */
class BatchMathAgreementTest {

    /** Relative agreement of results computed through the vector {@code exp} or reordered sums. */
    private static final double ULPS = 1e-14;

    private static final BatchMath SCALAR = new ScalarBatchMath();
    private static BatchMath vector;

    /** Inputs: {@code x} and {@code y} of equal length, and a third array for state. */
    private record Case(double[] x, double[] y, double[] state) {
        int n() {
            return x.length;
        }

        @Override
        public String toString() {
            return "x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + ", state=" + Arrays.toString(state);
        }
    }

    private static final Gen<Case> CASES = Generate.range(1, 70)
            .flatMap(n -> Generators.arrays(n, Generators.reals(-40, 40))
                    .zip(
                            Generators.arrays(n, Generators.reals(-1, 1)),
                            Generators.arrays(n, Generators.reals(0, 1)),
                            Case::new));

    @BeforeAll
    static void vectorApi() {
        assumeTrue(BatchMath.best() instanceof VectorBatchMath, "the Vector API is not available here");
        vector = BatchMath.best();
    }

    @Test
    void sigmoidIsIdentical() {
        check("sigmoid", c -> {
            double[] expected = new double[c.n()];
            double[] actual = new double[c.n()];
            SCALAR.sigmoid(c.x(), expected, c.n());
            vector.sigmoid(c.x(), actual, c.n());
            identical("a", expected, actual);
            SCALAR.sigmoidBackward(expected, c.y(), expected, c.n());
            vector.sigmoidBackward(actual, c.y(), actual, c.n());
            identical("dL/dz", expected, actual);
        });
    }

    @Test
    void reluIsIdentical() {
        check("relu", c -> {
            double[] expected = new double[c.n()];
            double[] actual = new double[c.n()];
            SCALAR.relu(c.x(), expected, c.n());
            vector.relu(c.x(), actual, c.n());
            identical("a", expected, actual);
            SCALAR.reluBackward(c.x(), c.y(), expected, c.n());
            vector.reluBackward(c.x(), c.y(), actual, c.n());
            identical("dL/dz", expected, actual);
        });
    }

    @Test
    void softmaxPiecesAgree() {
        check("max, exp, sumExp, divide, dot, softmax backward", c -> {
            int n = c.n();
            double max = SCALAR.max(c.x(), 0, n);
            identical("max", new double[] {max}, new double[] {vector.max(c.x(), 0, n)});
            double[] expected = new double[n];
            double[] actual = new double[n];
            double expectedSum = SCALAR.exp(c.x(), max, expected, 0, n);
            double actualSum = vector.exp(c.x(), max, actual, 0, n);
            close("e^(z - max)", expected, actual);
            close("sum of e^(z - max)", new double[] {expectedSum}, new double[] {actualSum});
            close("sumExp", new double[] {expectedSum}, new double[] {vector.sumExp(c.x(), max, 0, n)});
            SCALAR.divide(expected, expectedSum, 0, n);
            vector.divide(actual, actualSum, 0, n);
            close("a", expected, actual);
            double weighted = SCALAR.dot(expected, c.y(), 0, n);
            close("dot", new double[] {weighted}, new double[] {vector.dot(expected, c.y(), 0, n)}, 1e-12);
            double[] gradExpected = new double[n];
            double[] gradActual = new double[n];
            SCALAR.softmaxBackward(expected, c.y(), weighted, gradExpected, 0, n);
            vector.softmaxBackward(expected, c.y(), weighted, gradActual, 0, n);
            identical("softmax dL/dz", gradExpected, gradActual);
        });
    }

    @Test
    void optimizerUpdatesAreIdentical() {
        check("momentum and adam", c -> {
            int n = c.n();
            double[] w1 = c.x().clone();
            double[] v1 = c.state().clone();
            double[] w2 = c.x().clone();
            double[] v2 = c.state().clone();
            SCALAR.momentum(w1, c.y(), v1, n, 0.9, 0.05);
            vector.momentum(w2, c.y(), v2, n, 0.9, 0.05);
            identical("momentum w", w1, w2);
            identical("momentum v", v1, v2);
            double[] m1 = c.y().clone();
            double[] m2 = c.y().clone();
            AdamMoments moments = new AdamMoments(0.9, 0.999, 1e-8);
            SCALAR.adam(w1, c.y(), m1, v1, n, 0.001, moments, 3);
            vector.adam(w2, c.y(), m2, v2, n, 0.001, moments, 3);
            identical("adam w", w1, w2);
            identical("adam first moment", m1, m2);
            identical("adam second moment", v1, v2);
        });
    }

    /**
     * The outer-product updates on a {@code rows x n} parameter ({@code rows} up to 3): weights and
     * velocities from {@code x} and {@code state} repeated, {@code right = y}, {@code left} the first
     * entries of {@code state}.
     */
    @Test
    void outerProductUpdatesAreIdentical() {
        check("outer-product updates", c -> {
            int columns = c.n();
            int rows = Math.min(3, columns);
            double[] left = Arrays.copyOf(c.state(), rows);
            double[] w = repeated(c.x(), rows);
            double[] v = repeated(c.state(), rows);
            double[] w1 = w.clone();
            double[] w2 = w.clone();
            double[] v1 = v.clone();
            double[] v2 = v.clone();
            SCALAR.momentumOuterProduct(w1, left, c.y(), v1, rows, columns, 0.9, 0.05);
            vector.momentumOuterProduct(w2, left, c.y(), v2, rows, columns, 0.9, 0.05);
            identical("momentum w", w1, w2);
            identical("momentum v", v1, v2);
            SCALAR.nesterovOuterProduct(w1, left, c.y(), v1, rows, columns, 0.9, 0.05);
            vector.nesterovOuterProduct(w2, left, c.y(), v2, rows, columns, 0.9, 0.05);
            identical("nesterov w", w1, w2);
            identical("nesterov v", v1, v2);
            SCALAR.sgdOuterProduct(w1, left, c.y(), rows, columns, 0.05);
            vector.sgdOuterProduct(w2, left, c.y(), rows, columns, 0.05);
            identical("sgd w", w1, w2);
        });
    }

    private static double[] repeated(double[] row, int times) {
        double[] out = new double[row.length * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(row, 0, out, t * row.length, row.length);
        }
        return out;
    }

    private static void check(String name, java.util.function.Consumer<Case> property) {
        Property.forAll("vector and scalar " + name + " agree", CASES, property)
                .check()
                .run();
    }

    private static void identical(String what, double[] expected, double[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new AssertionError(
                    what + ": scalar " + Arrays.toString(expected) + ", vector " + Arrays.toString(actual));
        }
    }

    private static void close(String what, double[] expected, double[] actual) {
        close(what, expected, actual, ULPS);
    }

    private static void close(String what, double[] expected, double[] actual, double relative) {
        for (int i = 0; i < expected.length; i++) {
            double allowed = relative * Math.max(Math.abs(expected[i]), Double.MIN_NORMAL);
            if (!(Math.abs(expected[i] - actual[i]) <= allowed)) {
                throw new AssertionError(what + "[" + i + "]: scalar " + expected[i] + ", vector " + actual[i]
                        + " (allowed " + allowed + ")");
            }
        }
    }
}
