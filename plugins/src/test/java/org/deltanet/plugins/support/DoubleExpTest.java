package org.deltanet.plugins.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link DoubleExp} against {@code Math.exp} within 2 ulp (of the exact value's double, or of the
 * smallest subnormal below the normal range) over the whole domain, 0 below it and NaN for NaN;
 * that the vector loop of {@link VectorBatchMath#sigmoid} gives its bits is
 * {@code BatchMathAgreementTest}'s.
 */
class DoubleExpTest {

    @Test
    void withinTwoUlpOfTheExactValueAcrossTheDomain() {
        // 3 million inputs spread by bit pattern from -0 down to -750, and the edges
        long from = Double.doubleToRawLongBits(-0.0);
        long to = Double.doubleToRawLongBits(-750.0);
        long stride = (to - from) / 3_000_000;
        for (long bits = from; bits <= to; bits += stride) {
            assertClose(Double.longBitsToDouble(bits));
        }
        for (double x : new double[] {-0.0, 0.0, -Double.MIN_VALUE, -1e-300, -708.3964, -708.4, -745.1332, -745.2}) {
            assertClose(x);
        }
    }

    @Test
    void belowTheRangeGivesZeroAndNaNGivesNaN() {
        assertEquals(0.0, DoubleExp.ofNonPositive(-800.0));
        assertEquals(0.0, DoubleExp.ofNonPositive(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(DoubleExp.ofNonPositive(Double.NaN)));
        assertEquals(1.0, DoubleExp.ofNonPositive(-0.0));
    }

    private static void assertClose(double x) {
        double exact = Math.exp(x);
        double actual = DoubleExp.ofNonPositive(x);
        double ulp = Math.max(Math.ulp(exact), Double.MIN_VALUE);
        assertTrue(
                Math.abs(actual - exact) <= 2 * ulp,
                "e^" + x + " = " + exact + ", got " + actual + " (" + Math.abs(actual - exact) / ulp + " ulp)");
    }
}
