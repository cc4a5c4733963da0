package org.deltanet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deltanet.data.xor.XorData;
import org.junit.jupiter.api.Test;

class DataFormatsTest {

    @Test
    void everyInstalledFormatHasAKebabCaseNameAndARecordToBindItsSectionTo() {
        List<DataFormat> formats = DataFormats.installed();
        assertTrue(formats.stream().anyMatch(f -> f.name().equals("xor")), "the built-ins are found by ServiceLoader");
        for (DataFormat format : formats) {
            assertTrue(format.name().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), format.name());
            assertTrue(format.sourceType().isRecord(), format.name() + " binds to a record");
            assertTrue(!format.description().isBlank(), format.name() + " describes itself");
        }
        assertEquals(
                formats.stream().map(DataFormat::name).sorted().distinct().toList(),
                formats.stream().map(DataFormat::name).toList(),
                "sorted by name, each name once");
    }

    @Test
    void xorIsTheTruthTable() {
        LabeledData xor = new XorData().read();
        Gathered rows = Gathered.of(xor.data());
        assertArrayEquals(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, rows.features());
        assertArrayEquals(new double[][] {{0}, {1}, {1}, {0}}, rows.targets());
        assertEquals(List.of(), xor.classes());
    }
}
