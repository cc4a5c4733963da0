package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertMentions;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToleranceTest {

    @Test
    void allowsOneHundredThousandthPlusOneThousandthOfTheNumericValue() {
        assertTrue(Tolerance.accepts(0.9e-5, 0.0));
        assertFalse(Tolerance.accepts(1.1e-5, 0.0));
        assertTrue(Tolerance.accepts(-100.0 - 0.0999, -100.0));
        assertFalse(Tolerance.accepts(-100.0 - 0.1001, -100.0));
        assertEquals(1e-5 + 0.1, Tolerance.allowed(-100.0));
    }

    @Test
    void neverAcceptsNaNOrInfinity() {
        assertFalse(Tolerance.accepts(Double.NaN, 1.0));
        assertFalse(Tolerance.accepts(1.0, Double.NaN));
        assertFalse(Tolerance.accepts(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    @Test
    void checkReportsTheQuantityPositionAndBothValues() {
        assertDoesNotThrow(() -> Tolerance.check("dL/dz", "index 0", 1.0, 1.0));
        AssertionError failure = assertThrows(
                AssertionError.class, () -> Tolerance.check("dL/dz", "index 3 (row 0, col 3)", 0.25, 0.1875));
        assertEquals(Tolerance.mismatch("dL/dz", "index 3 (row 0, col 3)", 0.25, 0.1875), failure.getMessage());
        assertMentions(
                failure.getMessage(),
                "dL/dz at index 3 (row 0, col 3): analytic 0.25, numeric 0.1875",
                "|analytic - numeric| = 0.0625 > 1e-5 + 1e-3 * |numeric| = ");
    }
}
