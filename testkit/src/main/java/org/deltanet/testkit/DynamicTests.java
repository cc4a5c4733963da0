package org.deltanet.testkit;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** Turns properties into JUnit dynamic tests, one per property, named after it. */
final class DynamicTests {

    private DynamicTests() {}

    static Stream<DynamicTest> of(List<Property> properties) {
        return properties.stream()
                .map(property -> DynamicTest.dynamicTest(property.name(), () -> {
                    Assumptions.assumeFalse(property.isSkipped(), () -> "skipped: " + property.skipReason());
                    property.check().run();
                }));
    }
}
