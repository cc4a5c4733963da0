package org.deltanet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

    private static final List<ParameterSpec> MOMENTUM = List.of(
            ParameterSpec.positive("learning-rate", 0.01, "step size alpha"),
            ParameterSpec.fraction("momentum", 0.9, "velocity decay mu"),
            ParameterSpec.integer("warmup", 0, 0, 100, "steps before full rate"));

    @Test
    void unsetParametersTakeTheirDefaultsInDeclarationOrder() {
        ParameterValues values =
                ParameterValues.builder(MOMENTUM).set("momentum", 0.5).build();
        assertEquals("learning-rate=0.01, momentum=0.5, warmup=0", values.toString());
        assertEquals(0.5, values.real("momentum"));
        assertEquals(0, values.integer("warmup"));
    }

    @Test
    void anUnknownNameSuggestsTheClosestDeclaredOne() {
        InvalidParameterException error =
                assertThrows(InvalidParameterException.class, () -> ParameterValues.builder(MOMENTUM)
                        .set("learning-rat", 0.1));
        assertEquals(
                "unknown parameter 'learning-rat', did you mean 'learning-rate'? Valid parameters: "
                        + "learning-rate, momentum, warmup",
                error.getMessage());
        assertEquals("learning-rat", error.parameter());
    }

    @Test
    void valuesOutsideTheRangeSayTheRange() {
        assertEquals(
                "parameter 'learning-rate' is -0.1 but must be in (0, inf] (step size alpha)",
                assertThrows(InvalidParameterException.class, () -> ParameterValues.builder(MOMENTUM)
                                .set("learning-rate", -0.1))
                        .getMessage());
        assertEquals(
                "parameter 'momentum' is 1 but must be in [0, 1) (velocity decay mu)",
                assertThrows(InvalidParameterException.class, () -> ParameterValues.builder(MOMENTUM)
                                .set("momentum", 1.0))
                        .getMessage());
        assertEquals(
                "parameter 'warmup' is 2.5 but must be a whole number (steps before full rate)",
                assertThrows(InvalidParameterException.class, () -> ParameterValues.builder(MOMENTUM)
                                .set("warmup", 2.5))
                        .getMessage());
    }

    @Test
    void theBoundsThemselvesFollowTheirInclusion() {
        ParameterValues.builder(MOMENTUM)
                .set("momentum", 0.0)
                .set("warmup", 100)
                .build();
        assertThrows(InvalidParameterException.class, () -> ParameterValues.builder(MOMENTUM)
                .set("learning-rate", 0.0));
        assertThrows(InvalidParameterException.class, () -> ParameterValues.builder(MOMENTUM)
                .set("warmup", 101));
    }

    @Test
    void aPluginWithoutParametersSaysSo() {
        assertEquals(
                "unknown parameter 'slope': this plugin takes no parameters",
                assertThrows(InvalidParameterException.class, () -> ParameterValues.builder(List.of())
                                .set("slope", 1))
                        .getMessage());
    }

    @Test
    void aDefaultOutsideItsOwnRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.fraction("momentum", 1.0, "mu"));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.positive("Learning_Rate", 0.1, "alpha"));
    }
}
