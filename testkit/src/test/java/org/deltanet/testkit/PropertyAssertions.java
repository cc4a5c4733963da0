package org.deltanet.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Runs properties in the test kit's own tests: all must pass, or a named one must fail. */
final class PropertyAssertions {

    private PropertyAssertions() {}

    /** Fails unless every property holds. */
    static void assertAllHold(List<Property> properties) {
        properties.forEach(property -> property.check().run());
    }

    /**
     * Runs the one property whose name contains {@code nameFragment}, asserts that it fails with a
     * complete report (smallest case and seed) and returns the report.
     */
    static String assertFalsified(List<Property> properties, String nameFragment) {
        List<Property> matching =
                properties.stream().filter(p -> p.name().contains(nameFragment)).toList();
        assertEquals(
                1,
                matching.size(),
                () -> "properties named '" + nameFragment + "' among "
                        + properties.stream().map(Property::name).toList());
        String report =
                assertThrows(AssertionError.class, matching.get(0).check()::run).getMessage();
        assertTrue(report.contains("Property '" + matching.get(0).name() + "' falsified"), report);
        assertTrue(report.matches("(?s).*seed -?\\d+ \\(replay with -DQT_SEED=-?\\d+\\).*"), report);
        assertTrue(report.contains("Smallest failing case: "), report);
        return report;
    }

    /** Asserts that the text contains every fragment. */
    static void assertMentions(String report, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(report.contains(fragment), () -> "expected '" + fragment + "' in:\n" + report);
        }
    }
}
