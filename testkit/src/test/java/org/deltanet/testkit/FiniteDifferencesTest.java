package org.deltanet.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class FiniteDifferencesTest {

    /** f(x) = sum_i (i + 1) sin(x_i), so df/dx_i = (i + 1) cos(x_i). */
    private static final ToDoubleFunction<double[]> WEIGHTED_SINES = x -> {
        double sum = 0.0;
        for (int i = 0; i < x.length; i++) {
            sum += (i + 1) * Math.sin(x[i]);
        }
        return sum;
    };

    @Test
    void matchesTheAnalyticDerivativeAndRestoresThePoint() {
        double[] x = {-2.5, 0.0, 0.7, 3.1};
        double[] original = x.clone();
        for (int i = 0; i < x.length; i++) {
            assertEquals((i + 1) * Math.cos(original[i]), FiniteDifferences.partial(WEIGHTED_SINES, x, i), 1e-9);
            assertArrayEquals(original, x);
        }
    }

    @Test
    void stepGrowsWithTheMagnitudeOfTheElement() {
        double[] x = {1e6};
        // Central differences of x^2 are exact for any step, so only the step's representation matters:
        // an absolute step of 1e-6 at 1e6 would be off by about 1e-4 relative.
        assertEquals(2e6, FiniteDifferences.partial(v -> v[0] * v[0], x, 0), 2e6 * 1e-12);
    }

    @Test
    void restoresThePointWhenTheFunctionThrows() {
        double[] x = {1.5};
        assertThrows(
                IllegalStateException.class,
                () -> FiniteDifferences.partial(
                        v -> {
                            throw new IllegalStateException("boom");
                        },
                        x,
                        0));
        assertArrayEquals(new double[] {1.5}, x);
    }
}
