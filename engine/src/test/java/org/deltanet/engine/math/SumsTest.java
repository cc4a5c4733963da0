package org.deltanet.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SumsTest {

    @Test
    void sumAbsAgreesWithTheScalarLoop() {
        Property.forAll(
                        "Sums.sumAbs agrees with the scalar sum of |x|",
                        Generate.range(0, 200).flatMap(n -> Generators.arrays(n, Generators.reals(-1e3, 1e3))),
                        values -> {
                            double expected = Sums.scalarSumAbs(values, 0, values.length);
                            double actual = Sums.sumAbs(values, values.length);
                            if (!(Math.abs(expected - actual) <= 1e-13 * expected + Double.MIN_NORMAL)) {
                                throw new AssertionError(
                                        Arrays.toString(values) + ": scalar " + expected + ", Sums.sumAbs " + actual);
                            }
                        })
                .check()
                .run();
    }

    @Test
    void sumAbsIsNotFiniteWhenAnElementIsNot() {
        for (int length : new int[] {1, 7, 8, 33, 64, 100}) {
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                for (int at = 0; at < length; at += Math.max(1, length / 5)) {
                    double[] values = new double[length + 3];
                    Arrays.fill(values, 1.0);
                    values[length] = Double.NaN; // beyond length: ignored
                    values[at] = bad;
                    assertTrue(!Double.isFinite(Sums.sumAbs(values, length)), length + " " + at + " " + bad);
                }
            }
            double[] ones = new double[length + 1];
            Arrays.fill(ones, -1.0);
            ones[length] = Double.NaN;
            assertEquals(length, Sums.sumAbs(ones, length));
        }
    }
}
