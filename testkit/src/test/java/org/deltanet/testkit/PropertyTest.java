package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertFalsified;
import static org.deltanet.testkit.PropertyAssertions.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PropertyTest {

    @Test
    void evaluatesAtLeastTheMinimumNumberOfDistinctCases() {
        assertTrue(distinctCasesEvaluated() >= Property.MINIMUM_CASES);
    }

    @Test
    void qtExamplesRaisesTheNumberOfCasesButNeverLowersIt() {
        assertTrue(withSystemProperty("QT_EXAMPLES", "500", PropertyTest::distinctCasesEvaluated) >= 500);
        assertTrue(withSystemProperty("QT_EXAMPLES", "10", PropertyTest::distinctCasesEvaluated)
                >= Property.MINIMUM_CASES);
    }

    @Test
    void reportNamesTheSmallestCaseAfterShrinking() {
        Property atLeastFourUnits =
                Property.forAll("batches have fewer than 4 elements", Generators.shapes(), shape -> {
                    if (shape.size() >= 4) {
                        throw new AssertionError("size " + shape.size());
                    }
                });
        String report = assertFalsified(List.of(atLeastFourUnits), "fewer than 4");
        assertTrue(report.matches("(?s).*Smallest failing case: rows=(1, cols=4|2, cols=2|4, cols=1)\\R.*"), report);
        assertMentions(report, "Problem: size 4");
    }

    @Test
    void theReportedSeedReplaysTheSameFailure() {
        Property failsAboveHalf = Property.forAll("reals stay below 0.5", Generators.reals(-1.0, 1.0), x -> {
            if (x > 0.5) {
                throw new AssertionError("x = " + x);
            }
        });
        String first = withSystemProperty("QT_SEED", "42", () -> assertFalsified(List.of(failsAboveHalf), "below"));
        String second = withSystemProperty("QT_SEED", "42", () -> assertFalsified(List.of(failsAboveHalf), "below"));
        assertEquals(first, second);
        assertMentions(first, "seed 42 (replay with -DQT_SEED=42)");
    }

    @Test
    void exceptionsOtherThanAssertionErrorsAreReportedWithTheirCause() {
        Property indexing = Property.forAll("indexes stay in range", Generators.shapes(), shape -> {
            double[] tooShort = new double[shape.size() - 1];
            tooShort[shape.size() - 1] = 1.0;
        });
        AssertionError failure = assertThrows(AssertionError.class, indexing.check()::run);
        assertMentions(failure.getMessage(), "Problem: java.lang.ArrayIndexOutOfBoundsException", "rows=1, cols=1");
        assertInstanceOf(ArrayIndexOutOfBoundsException.class, failure.getCause());
    }

    private static int distinctCasesEvaluated() {
        Set<Double> seen = new HashSet<>();
        Property.forAll("records its cases", Generators.reals(-1.0, 1.0), seen::add)
                .check()
                .run();
        return seen.size();
    }

    private interface Action<T> {
        T run();
    }

    private static <T> T withSystemProperty(String key, String value, Action<T> action) {
        String previous = System.getProperty(key);
        System.setProperty(key, value);
        try {
            return action.run();
        } finally {
            if (previous == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, previous);
            }
        }
    }
}
