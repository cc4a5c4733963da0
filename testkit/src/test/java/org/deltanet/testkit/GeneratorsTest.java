package org.deltanet.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GeneratorsTest {

    @Test
    void realsStayWithinTheirBoundsAndReachBoth() {
        Set<Double> seen = new HashSet<>();
        Property.forAll("reals in [0.02, 0.98]", Generators.reals(0.02, 0.98), x -> {
                    assertTrue(x >= 0.02 && x <= 0.98, () -> "x = " + x);
                    seen.add(x);
                })
                .check()
                .run();
        assertTrue(seen.contains(0.02) && seen.contains(0.98), "bounds generated");
    }

    @Test
    void shapesCoverOneToSixRowsAndOneToEightColumns() {
        Set<Generators.Shape> seen = new HashSet<>();
        Property.forAll("shapes", Generators.shapes(), seen::add).check().run();
        assertTrue(seen.stream().allMatch(s -> s.rows() >= 1 && s.rows() <= 6 && s.cols() >= 1 && s.cols() <= 8));
        assertTrue(seen.contains(new Generators.Shape(1, 1)) && seen.contains(new Generators.Shape(6, 8)));
    }

    @Test
    void realValuesLieInMinusFiveToFive() {
        forEachGenerated(Domain.REAL, (shape, values) -> assertAll(values, v -> Math.abs(v) <= 5.0));
    }

    @Test
    void unitIntervalOutputsAreInteriorAndTargetsIncludeHardLabels() {
        Set<Double> hardLabels = new HashSet<>();
        for (Domain domain : new Domain[] {Domain.OPEN_UNIT_INTERVAL, Domain.UNIT_INTERVAL}) {
            forEachGenerated(domain, (shape, values) -> {
                assertAll(values, v -> v >= 0.0 && v <= 1.0);
                for (double v : values) {
                    if (v == 0.0 || v == 1.0) {
                        hardLabels.add(v);
                    }
                }
            });
        }
        assertEquals(Set.of(0.0, 1.0), hardLabels);
        Property.forAll(
                        "interior",
                        Generators.shapes().flatMap(Domain.UNIT_INTERVAL::outputs),
                        values -> assertAll(values, v -> v >= 0.02 && v <= 0.98))
                .check()
                .run();
    }

    @Test
    void distributionRowsSumToOneAndTargetsIncludeOneHotRows() {
        int[] oneHotRows = {0};
        forEachGenerated(Domain.DISTRIBUTION, (shape, values) -> {
            assertAll(values, v -> v >= 0.0);
            for (int r = 0; r < shape.rows(); r++) {
                double sum = 0.0;
                int ones = 0;
                for (int c = 0; c < shape.cols(); c++) {
                    sum += values[r * shape.cols() + c];
                    ones += values[r * shape.cols() + c] == 1.0 ? 1 : 0;
                }
                assertEquals(1.0, sum, 1e-12);
                oneHotRows[0] += ones;
            }
        });
        assertTrue(oneHotRows[0] > 0);
        Property.forAll(
                        "strictly positive outputs",
                        Generators.shapes().flatMap(Domain.DISTRIBUTION::outputs),
                        values -> assertAll(values, v -> v > 0.005))
                .check()
                .run();
    }

    /** Runs the check on generated outputs and on generated targets of the domain. */
    private static void forEachGenerated(Domain domain, BiConsumer<Generators.Shape, double[]> check) {
        for (boolean targets : new boolean[] {false, true}) {
            Gen<Object[]> cases = Generators.shapes()
                    .flatMap(shape -> (targets ? domain.targets(shape) : domain.outputs(shape))
                            .map(v -> new Object[] {shape, v}));
            Property.forAll(
                            domain + (targets ? " targets" : " outputs"),
                            cases,
                            c -> check.accept((Generators.Shape) c[0], (double[]) c[1]))
                    .check()
                    .run();
        }
    }

    private interface DoubleCondition {
        boolean holds(double value);
    }

    private static void assertAll(double[] values, DoubleCondition condition) {
        for (double v : values) {
            assertTrue(condition.holds(v), () -> "value " + v);
        }
    }
}
