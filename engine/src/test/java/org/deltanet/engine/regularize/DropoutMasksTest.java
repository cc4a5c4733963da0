package org.deltanet.engine.regularize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.plugins.activation.Relu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inverted dropout's masks: their values, their rate, and that they depend on seed, epoch and step alone. */
class DropoutMasksTest {

    private static final int ROWS = 500;

    private static Network network() {
        return new Network(List.of(
                Layer.dense(3, 200, new Relu(), true),
                Layer.dense(200, 50, new Relu(), true),
                Layer.dense(50, 2, new Relu(), true)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.5, 0.8})
    void factorsAreZeroOrTheInverseKeepRateAndDropAboutTheRate(double rate) {
        DropoutMasks masks = new DropoutMasks(network(), List.of(rate, 0.0, 0.0), ROWS);
        masks.fill(7, 1, 1, ROWS);
        double[] factors = masks.factors(1);
        long dropped = Arrays.stream(factors).filter(f -> f == 0.0).count();
        assertEquals(
                0,
                Arrays.stream(factors)
                        .filter(f -> f != 0.0 && f != 1.0 / (1.0 - rate))
                        .count());
        // 100,000 Bernoulli draws: the standard deviation of the fraction is below 0.0016
        assertEquals(rate, dropped / (double) factors.length, 0.01);
        assertNull(masks.factors(2));
    }

    @Test
    void theMaskIsAFunctionOfSeedEpochAndStep() {
        DropoutMasks masks = new DropoutMasks(network(), List.of(0.5, 0.5, 0.0), ROWS);
        DropoutMasks other = new DropoutMasks(network(), List.of(0.5, 0.5, 0.0), ROWS);
        masks.fill(7, 3, 5, ROWS);
        other.fill(7, 2, 9, ROWS);
        other.fill(7, 3, 5, ROWS);
        assertArrayEquals(masks.factors(1), other.factors(1));
        assertArrayEquals(masks.factors(2), other.factors(2));
        double[] first = masks.factors(1).clone();
        for (long[] change : new long[][] {{8, 3, 5}, {7, 4, 5}, {7, 3, 6}}) {
            masks.fill(change[0], (int) change[1], (int) change[2], ROWS);
            assertFalse(Arrays.equals(first, masks.factors(1)), Arrays.toString(change));
        }
        assertFalse(
                Arrays.equals(Arrays.copyOf(masks.factors(1), 50 * 200), Arrays.copyOf(masks.factors(2), 50 * 200)));
    }

    /** A data-parallel worker's rows, at their places in the batch, get the whole batch's masks of those places. */
    @Test
    void rowsAtPositionsGetTheMasksOfThosePositionsInTheWholeBatch() {
        DropoutMasks whole = new DropoutMasks(network(), List.of(0.5, 0.3, 0.0), ROWS);
        DropoutMasks part = new DropoutMasks(network(), List.of(0.5, 0.3, 0.0), ROWS);
        int[] positions = {499, 3, 250, 4};
        whole.fill(7, 2, 11, ROWS);
        part.fill(7, 2, 11, positions.length, positions);
        for (int layer = 1; layer <= 2; layer++) {
            int units = layer == 1 ? 200 : 50;
            for (int r = 0; r < positions.length; r++) {
                assertArrayEquals(
                        Arrays.copyOfRange(whole.factors(layer), positions[r] * units, (positions[r] + 1) * units),
                        Arrays.copyOfRange(part.factors(layer), r * units, (r + 1) * units),
                        "layer " + layer + ", row " + r + " at position " + positions[r]);
            }
        }
    }

    @Test
    void theOutputLayerAndRatesOutsideZeroToOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DropoutMasks(network(), List.of(0.0, 0.0, 0.1), 1));
        assertThrows(IllegalArgumentException.class, () -> new DropoutMasks(network(), List.of(1.0, 0.0, 0.0), 1));
        assertThrows(IllegalArgumentException.class, () -> new DropoutMasks(network(), List.of(-0.1, 0.0, 0.0), 1));
    }
}
