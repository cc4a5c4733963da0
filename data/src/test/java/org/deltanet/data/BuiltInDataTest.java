package org.deltanet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInDataTest {

    @Test
    void xorIsTheTruthTable() {
        LabeledData xor = BuiltInData.fromLabel("xor").load();
        Gathered rows = Gathered.of(xor.data());
        assertArrayEquals(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, rows.features());
        assertArrayEquals(new double[][] {{0}, {1}, {1}, {0}}, rows.targets());
        assertEquals(List.of(), xor.classes());
    }

    @Test
    void unknownNameSuggestsTheNearest() {
        assertEquals("unknown built-in dataset 'xr'; did you mean 'xor'? valid: xor",
                assertThrows(IllegalArgumentException.class, () -> BuiltInData.fromLabel("xr")).getMessage());
    }
}
