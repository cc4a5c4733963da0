package org.deltanet.examples.spirals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.deltanet.data.LabeledData;
import org.deltanet.engine.data.Dataset;
import org.junit.jupiter.api.Test;

class SpiralsTest {

    @Test
    void eachSpiralHasItsPointsOnItsArmAndItsOwnClass() {
        Dataset data = new Spirals(50, 1.5, null, null).read().data();
        assertEquals(100, data.size());
        double[] x = new double[2];
        double[] y = new double[2];
        for (int row = 0; row < data.size(); row++) {
            data.gather(new int[] {row}, 0, 1, x, y);
            int i = row / 2;
            int spiral = row % 2;
            double radius = (i + 1.0) / 50;
            double angle = 2 * Math.PI * 1.5 * radius + (spiral == 0 ? 0 : Math.PI);
            assertEquals(radius * Math.cos(angle), x[0], 1e-12, "x of row " + row);
            assertEquals(radius * Math.sin(angle), x[1], 1e-12, "y of row " + row);
            assertArrayEquals(spiral == 0 ? new double[] {1, 0} : new double[] {0, 1}, y, "class of row " + row);
        }
    }

    @Test
    void theSameSeedGivesTheSamePointsAndNoiseMovesThem() {
        LabeledData once = new Spirals(20, null, 0.1, 7L).read();
        LabeledData again = new Spirals(20, null, 0.1, 7L).read();
        LabeledData other = new Spirals(20, null, 0.1, 8L).read();
        assertArrayEquals(features(once), features(again));
        assertTrue(!Arrays.equals(features(once), features(other)));
        assertEquals(List.of("a", "b"), once.classes());
        assertEquals(List.of("x", "y"), once.features());
    }

    @Test
    void keysOutOfRangeNameTheKey() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spirals(1, null, null, null))
                .getMessage()
                .startsWith("'points' must be 2 to 1000000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spirals(null, 0.0, null, null))
                .getMessage()
                .startsWith("'turns' must be in (0, 10]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Spirals(null, null, -1.0, null))
                .getMessage()
                .startsWith("'noise' must be in [0, 1]"));
    }

    private static double[] features(LabeledData data) {
        double[] all = new double[2 * data.data().size()];
        double[] targets = new double[2 * data.data().size()];
        int[] rows = IntStream.range(0, data.data().size()).toArray();
        data.data().gather(rows, 0, rows.length, all, targets);
        return all;
    }
}
