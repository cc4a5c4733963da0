package org.deltanet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.data.Dataset;
import org.junit.jupiter.api.Test;

class FeatureScalingTest {

    private static final double TOLERANCE = 1e-12;

    /** 300 rows (more than one statistics batch) of 4 features: varied, offset, tiny spread, constant. */
    private static ArrayDataset generated(long seed, int rows) {
        Random random = new Random(seed);
        double[][] x = new double[rows][];
        double[][] y = new double[rows][];
        for (int r = 0; r < rows; r++) {
            x[r] = new double[] {random.nextGaussian() * 10, 1e6 + random.nextDouble(), random.nextDouble() * 1e-3, 0.1
            };
            y[r] = new double[] {r};
        }
        return ArrayDataset.of(x, y);
    }

    private static double[] column(double[][] rows, int j) {
        double[] column = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            column[r] = rows[r][j];
        }
        return column;
    }

    @Test
    void minMaxMapsTheTrainingRangeOntoZeroToOne() {
        ArrayDataset training = generated(1, 300);
        FeatureScaling scaling = ScalingMethod.MIN_MAX.fit(training);
        double[][] raw = Gathered.of(training).features();
        double[][] scaled = Gathered.of(scaling.apply(training)).features();
        for (int j = 0; j < 3; j++) {
            double[] values = column(raw, j);
            double min = Arrays.stream(values).min().orElseThrow();
            double max = Arrays.stream(values).max().orElseThrow();
            for (int r = 0; r < raw.length; r++) {
                assertEquals((raw[r][j] - min) / (max - min), scaled[r][j], TOLERANCE);
            }
        }
        for (double[] row : scaled) {
            assertEquals(0.0, row[3], 0.0, "a constant feature becomes 0");
        }
        assertEquals("min-max", scaling.method());
    }

    @Test
    void standardizeGivesZeroMeanAndUnitVariance() {
        ArrayDataset training = generated(2, 300);
        FeatureScaling scaling = ScalingMethod.STANDARDIZE.fit(training);
        double[][] raw = Gathered.of(training).features();
        double[][] scaled = Gathered.of(scaling.apply(training)).features();
        for (int j = 0; j < 3; j++) {
            double[] values = column(raw, j);
            double mean = Arrays.stream(values).sum() / values.length;
            double variance =
                    Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length;
            for (int r = 0; r < raw.length; r++) {
                double expected = (raw[r][j] - mean) / Math.sqrt(variance);
                assertEquals(expected, scaled[r][j], 1e-9 * Math.max(1, Math.abs(expected)));
            }
            double[] result = column(scaled, j);
            assertEquals(0.0, Arrays.stream(result).sum() / result.length, 1e-9);
            assertEquals(1.0, Arrays.stream(result).map(v -> v * v).sum() / result.length, 1e-9);
        }
        for (double[] row : scaled) {
            assertEquals(0.0, row[3], 0.0, "a constant feature becomes 0");
        }
    }

    @Test
    void testDataIsScaledWithTheTrainingParameters() {
        FeatureScaling scaling = ScalingMethod.MIN_MAX.fit(
                ArrayDataset.of(new double[][] {{0, 10}, {4, 20}}, new double[][] {{0}, {0}}));
        Dataset test = scaling.apply(ArrayDataset.of(new double[][] {{2, 30}, {-4, 10}}, new double[][] {{0}, {0}}));
        assertArrayEquals(
                new double[][] {{0.5, 2.0}, {-1.0, 0.0}}, Gathered.of(test).features());
        assertArrayEquals(new double[] {0, 10}, scaling.offset());
        assertArrayEquals(new double[] {0.25, 0.1}, scaling.scale());
    }

    @Test
    void noneChangesNothing() {
        ArrayDataset data = generated(3, 10);
        FeatureScaling none = ScalingMethod.NONE.fit(data);
        assertSame(data, none.apply(data));
        assertArrayEquals(new double[4], none.offset());
    }

    @Test
    void scalingAWrapperOfCompactDataAllocatesNothing() {
        Dataset scaled = ScalingMethod.STANDARDIZE.fit(generated(4, 50)).apply(generated(5, 50));
        int[] order = new int[50];
        double[] x = new double[50 * 4];
        double[] y = new double[50];
        assertTrue(Allocations.during(10_000, () -> scaled.gather(order, 0, 50, x, y)) < 10_000);
    }

    @Test
    void parametersAreValuesWithChecks() {
        var scaling = new FeatureScaling("standardize", new double[] {1, 2}, new double[] {3, 0});
        assertEquals(scaling, new FeatureScaling("standardize", new double[] {1, 2}, new double[] {3, 0}));
        scaling.offset()[0] = 99;
        assertEquals(1.0, scaling.offset()[0], "accessors return copies");
        assertEquals(
                "unknown scaling method 'minmax'; did you mean 'min-max'? valid: none, min-max, standardize",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new FeatureScaling("minmax", new double[1], new double[1]))
                        .getMessage());
        assertEquals(
                "scaling needs one offset and one scale per feature, got 2 offsets and 1 scales",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new FeatureScaling("none", new double[2], new double[1]))
                        .getMessage());
        assertEquals(
                "scaling scale 2 is NaN; it must be a finite number",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new FeatureScaling("none", new double[2], new double[] {1, Double.NaN}))
                        .getMessage());
        assertEquals(
                "the scaling was fitted on 2 features but the data has 4",
                assertThrows(IllegalArgumentException.class, () -> scaling.apply(generated(6, 3)))
                        .getMessage());
    }
}
