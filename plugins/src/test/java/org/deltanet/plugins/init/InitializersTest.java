package org.deltanet.plugins.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.deltanet.api.InvalidParameterException;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.WeightInitializer;
import org.junit.jupiter.api.Test;

class InitializersTest {

    /** 300 x 400 = 120 000 weights: the sample standard deviation is then within ~0.4% (two sigma). */
    private static final int FAN_OUT = 300;

    private static final int FAN_IN = 400;

    private static final List<Supplier<WeightInitializer>> RANDOM =
            List.of(Uniform::new, Normal::new, Xavier::new, He::new);

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        for (Supplier<WeightInitializer> initializer : RANDOM) {
            double[] first = weights(initializer.get(), 7L);
            assertArrayEquals(
                    first, weights(initializer.get(), 7L), initializer.get().name());
            assertFalse(
                    Arrays.equals(first, weights(initializer.get(), 8L)),
                    initializer.get().name());
        }
    }

    @Test
    void constantWritesItsValueEverywhere() {
        WeightInitializer constant = configure(new Constant(), "value", 0.5, "value", 0.5);
        assertTrue(Arrays.stream(weights(constant, 1L)).allMatch(w -> w == 0.5));
        assertTrue(Arrays.stream(weights(new Constant(), 1L)).allMatch(w -> w == 0.0));
    }

    @Test
    void uniformStaysWithinItsBoundsAndFillsThem() {
        double[] w = weights(configure(new Uniform(), "low", -0.3, "high", 0.7), 3L);
        assertRange(w, -0.3, 0.7);
    }

    @Test
    void uniformRejectsBoundsInTheWrongOrder() {
        InvalidParameterException wrongOrder =
                assertThrows(InvalidParameterException.class, () -> configure(new Uniform(), "low", 0.5, "high", 0.5));
        assertEquals("low", wrongOrder.parameter());
        assertTrue(
                wrongOrder.getMessage().contains("'low' (0.5)")
                        && wrongOrder.getMessage().contains("'high' (0.5)"),
                wrongOrder.getMessage());
    }

    @Test
    void xavierStaysWithinTheGlorotLimit() {
        double limit = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));
        assertRange(weights(new Xavier(), 4L), -limit, limit);
    }

    @Test
    void heHasStandardDeviationRootTwoOverFanIn() {
        assertMoments(weights(new He(), 5L), 0.0, Math.sqrt(2.0 / FAN_IN));
    }

    @Test
    void normalHasItsConfiguredMeanAndStandardDeviation() {
        assertMoments(weights(new Normal(), 6L), 0.0, 0.01);
        assertMoments(weights(configure(new Normal(), "mean", 0.5, "std", 0.2), 6L), 0.5, 0.2);
    }

    private static WeightInitializer configure(
            WeightInitializer initializer, String name, double value, String otherName, double otherValue) {
        return initializer.configure(ParameterValues.builder(initializer.parameters())
                .set(name, value)
                .set(otherName, otherValue)
                .build());
    }

    private static double[] weights(WeightInitializer initializer, long seed) {
        double[] weights = new double[FAN_OUT * FAN_IN];
        initializer.initialize(weights, FAN_OUT, FAN_IN, new SplittableRandom(seed));
        return weights;
    }

    /** Every weight in [low, high) and the extremes within 0.1% of the width of the ends. */
    private static void assertRange(double[] w, double low, double high) {
        double min = Arrays.stream(w).min().orElseThrow();
        double max = Arrays.stream(w).max().orElseThrow();
        assertTrue(min >= low && max < high, () -> "range [" + min + ", " + max + "]");
        assertTrue(
                min < low + 1e-3 * (high - low) && max > high - 1e-3 * (high - low),
                () -> "range [" + min + ", " + max + "] does not fill [" + low + ", " + high + ")");
    }

    /** Sample mean within 1% of std from the mean; sample standard deviation within 2%. */
    private static void assertMoments(double[] w, double mean, double std) {
        double sampleMean = Arrays.stream(w).average().orElseThrow();
        double sampleVariance =
                Arrays.stream(w).map(x -> (x - sampleMean) * (x - sampleMean)).sum() / (w.length - 1);
        assertEquals(mean, sampleMean, 0.01 * std);
        assertEquals(std, Math.sqrt(sampleVariance), 0.02 * std);
    }
}
