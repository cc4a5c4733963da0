package org.deltanet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.data.Dataset;
import org.junit.jupiter.api.Test;

class ValidationSplitTest {

    /** Example i has the feature i, so a view's features are the original positions. */
    private static ArrayDataset numbered(int size) {
        double[] x = new double[size];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = i;
            y[i] = -i;
        }
        return new ArrayDataset(x, y, 1, 1);
    }

    private static double[] positions(Dataset view) {
        return Arrays.stream(Gathered.of(view).features())
                .mapToDouble(row -> row[0])
                .toArray();
    }

    @Test
    void partsAreDisjointCoverEverythingAndKeepTheOriginalOrder() {
        ValidationSplit split = ValidationSplit.of(numbered(100), 0.2, 42);
        assertEquals(80, split.training().size());
        assertEquals(20, split.validation().size());
        Set<Double> seen = new HashSet<>();
        for (double position : positions(split.training())) {
            assertTrue(seen.add(position));
        }
        for (double position : positions(split.validation())) {
            assertTrue(seen.add(position), "no example is in both parts");
        }
        assertEquals(100, seen.size());
        double[] validation = positions(split.validation());
        double[] sorted = validation.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, validation);
        for (double[] target : Gathered.of(split.validation()).targets()) {
            assertTrue(target[0] <= 0, "targets travel with their features");
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        ArrayDataset data = numbered(50);
        double[] first = positions(ValidationSplit.of(data, 0.3, 7).validation());
        assertArrayEquals(first, positions(ValidationSplit.of(data, 0.3, 7).validation()));
        assertFalse(
                Arrays.equals(first, positions(ValidationSplit.of(data, 0.3, 8).validation())));
    }

    @Test
    void gatherMapsTheRequestedOrderWithoutAllocating() {
        ValidationSplit split = ValidationSplit.of(numbered(30), 0.5, 1);
        double[] all = positions(split.training());
        double[] x = new double[4];
        double[] y = new double[4];
        split.training().gather(new int[] {9, 4, 0, 14}, 1, 3, x, y);
        assertArrayEquals(new double[] {all[4], all[0], all[14], 0}, x);
        int[] order = {3, 2, 1, 0};
        assertTrue(Allocations.during(10_000, () -> split.training().gather(order, 0, 4, x, y)) < 10_000);
    }

    @Test
    void floatGatherMapsTheOrderIntoTheUnderlyingFloatGather() {
        ValidationSplit split = ValidationSplit.of(new MarkedFloats(30), 0.5, 1);
        double[] all = positions(split.training());
        float[] x = new float[4];
        float[] y = new float[4];
        split.training().gather(new int[] {9, 4, 0, 14}, 1, 3, x, y);
        assertArrayEquals(new float[] {(float) -all[4], (float) -all[0], (float) -all[14], 0}, x);
        int[] order = {3, 2, 1, 0};
        assertTrue(Allocations.during(10_000, () -> split.training().gather(order, 0, 4, x, y)) < 10_000);
    }

    /**
     * Example i has the feature i in double and -i in float, so that a float gather shows whether
     * it went through the dataset's own float gather (not the rounding default).
     */
    private static final class MarkedFloats implements Dataset {

        private final int size;

        MarkedFloats(int size) {
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int featureCount() {
            return 1;
        }

        @Override
        public int targetCount() {
            return 1;
        }

        @Override
        public void gather(int[] order, int from, int count, double[] features, double[] targets) {
            for (int i = 0; i < count; i++) {
                features[i] = order[from + i];
            }
        }

        @Override
        public void gather(int[] order, int from, int count, float[] features, float[] targets) {
            for (int i = 0; i < count; i++) {
                features[i] = -order[from + i];
            }
        }
    }

    @Test
    void eitherPartEmptyIsAnError() {
        assertEquals(
                "a validation fraction of 0.1 of 4 examples holds out none;"
                        + " use a fraction of at least 0.25 or more data",
                assertThrows(IllegalArgumentException.class, () -> ValidationSplit.of(numbered(4), 0.1, 1))
                        .getMessage());
        assertEquals(
                "a validation fraction of 0.9 of 3 examples leaves none to train on;"
                        + " use a fraction of at most 0.66 or more data",
                assertThrows(IllegalArgumentException.class, () -> ValidationSplit.of(numbered(3), 0.9, 1))
                        .getMessage());
        assertEquals(
                "the validation fraction must lie strictly between 0 and 1, got 1.0",
                assertThrows(IllegalArgumentException.class, () -> ValidationSplit.of(numbered(3), 1.0, 1))
                        .getMessage());
    }
}
