package org.deltanet.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Every failed property, "gave up" included, says the seed that replays it. */
class PropertySeedTest {

    @Test
    void gaveUpPrintsTheSeed() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(
                        "never satisfied", Generate.range(1, 10).assuming(i -> i > 100), i -> {})
                .check()
                .run());
        assertTrue(
                e.getMessage().matches("(?s).*gave up: .* seed -?\\d+ \\(replay with -D.+=-?\\d+\\).*"),
                e.getMessage());
    }

    @Test
    void falsifiedPrintsTheSeed() {
        AssertionError e =
                assertThrows(AssertionError.class, () -> Property.forAll("always false", Generate.range(1, 10), i -> {
                            throw new AssertionError("no");
                        })
                        .check()
                        .run());
        assertTrue(
                e.getMessage().matches("(?s).*falsified .* seed -?\\d+ \\(replay with -D.+=-?\\d+\\).*"),
                e.getMessage());
    }
}
