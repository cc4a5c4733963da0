package org.deltanet.plugins.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression: a buffer entry whose gradient stays 0 after one kick decays geometrically; it must
 * reach exactly 0 instead of lingering in the subnormal range, where arithmetic is many times
 * slower (batch-1 training slowed down several-fold after some thousands of steps).
 */
class SubnormalFlushTest {

    @ParameterizedTest
    @ValueSource(strings = {"momentum", "nesterov", "adam"})
    void decayingBuffersSkipTheSubnormalRangeAndReachZero(String name) {
        Optimizer optimizer = switch (name) {
            case "momentum" -> new Momentum();
            case "nesterov" -> new Nesterov();
            default -> Steps.with(new Adam(), Map.of("beta2", 0.9));
        };
        OptimizerState state = new OptimizerState();
        double[] w = {0.5, -0.25};
        Steps.step(optimizer, state, w, 1.0, -1e-3);
        for (int step = 0; step < 20_000; step++) {
            Steps.step(optimizer, state, w, 0.0, 0.0);
            for (double[] buffer : state.snapshot().values()) {
                for (double value : buffer) {
                    assertTrue(value == 0.0 || Math.abs(value) >= Double.MIN_NORMAL,
                            name + " stored the subnormal " + value + " at step " + (step + 2));
                }
            }
        }
        state.snapshot().values().forEach(buffer -> {
            for (double value : buffer) {
                assertEquals(0.0, value, name + " buffer after 20,000 steps without gradient");
            }
        });
    }
}
