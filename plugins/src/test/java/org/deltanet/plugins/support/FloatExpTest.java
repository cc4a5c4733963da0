package org.deltanet.plugins.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link FloatExp} against {@code Math.exp} (in double) within 2 ulp over the whole domain, its
 * vector loops against its scalar code bit for bit, and the float sigmoid
 * built on it: the same bits for an element in a vector and in the scalar tail, and close to the
 * double sigmoid far out in both tails, where the exponential is subnormal or 0.
 */
class FloatExpTest {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    @Test
    void withinTwoUlpOfTheExactValueAcrossTheDomain() {
        // every 512th float from 0 down to -104 and beyond, by bit pattern: 2.2 million inputs
        int from = Float.floatToRawIntBits(-0f);
        int to = Float.floatToRawIntBits(-110f);
        for (int bits = from; Integer.compareUnsigned(bits, to) <= 0; bits += 512) {
            float x = Float.intBitsToFloat(bits);
            assertClose(x, FloatExp.ofNonPositive(x));
        }
        for (float x : new float[] {-0f, 0f, -Float.MIN_VALUE, -1e-30f, -87.33655f, -103.27893f, -103.97208f, -104f}) {
            assertClose(x, FloatExp.ofNonPositive(x));
        }
    }

    @Test
    void belowTheRangeGivesZeroAndNaNGivesNaN() {
        assertEquals(0f, FloatExp.ofNonPositive(-200f));
        assertEquals(0f, FloatExp.ofNonPositive(Float.NEGATIVE_INFINITY));
        assertTrue(Float.isNaN(FloatExp.ofNonPositive(Float.NaN)));
        float[] z = new float[SPECIES.length()];
        z[0] = Float.NaN;
        z[z.length - 1] = Float.POSITIVE_INFINITY;
        float[] out = new float[z.length];
        FloatExp.ofMinusAbsolute(z, out, z.length);
        assertTrue(Float.isNaN(out[0]));
        assertEquals(0f, out[z.length - 1]);
    }

    @Test
    void vectorLanesGiveTheScalarBits() {
        Gen<float[]> inputs = Generate.range(1, 3 * SPECIES.length() + 3)
                .flatMap(n -> Generators.arrays(
                        n,
                        Generate.oneOf(
                                Generators.reals(-110, 110),
                                Generators.reals(-1, 1),
                                Generate.pick(List.of(-0.0, 0.0, -104.0, 103.9, -87.3, 1e-40, -88.0, 200.0)))))
                .map(FloatExpTest::rounded);
        Property.forAll("e^-|z| in vectors equals its scalar code", inputs, z -> {
                    float[] out = new float[z.length];
                    FloatExp.ofMinusAbsolute(z, out, z.length);
                    for (int i = 0; i < z.length; i++) {
                        assertEquals(
                                Float.floatToRawIntBits(FloatExp.ofNonPositive(-Math.abs(z[i]))),
                                Float.floatToRawIntBits(out[i]),
                                "z = " + z[i]);
                    }
                })
                .check()
                .run();
    }

    @Test
    void sigmoidGivesAnElementTheSameBitsInAVectorAndInTheTailAndFollowsTheDoubleSigmoid() {
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < 300; c++) {
            int n = random.nextInt(1, 3 * SPECIES.length() + 2);
            float[] z = new float[n];
            for (int i = 0; i < n; i++) {
                z[i] = (float) (random.nextBoolean() ? random.nextDouble(-120, 120) : random.nextDouble(-6, 6));
            }
            float[] a = new float[n];
            VectorFloatMath.sigmoid(z, a, n);
            for (int i = 0; i < n; i++) {
                float[] alone = new float[1];
                VectorFloatMath.sigmoid(new float[] {z[i]}, alone, 1);
                assertEquals(Float.floatToRawIntBits(alone[0]), Float.floatToRawIntBits(a[i]), "z = " + z[i]);
                double exact = ScalarBatchMath.sigmoid((double) z[i]);
                assertEquals(exact, a[i], 5e-7 * exact + Float.MIN_NORMAL, "z = " + z[i]);
            }
        }
    }

    private static void assertClose(float x, float actual) {
        double exact = Math.exp(x);
        float rounded = (float) exact;
        double ulp = Math.max(Math.ulp(rounded), Float.MIN_VALUE);
        assertTrue(
                Math.abs(actual - exact) <= 2 * ulp,
                "e^" + x + " = " + exact + ", got " + actual + " (" + Math.abs(actual - exact) / ulp + " ulp)");
    }

    private static float[] rounded(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
