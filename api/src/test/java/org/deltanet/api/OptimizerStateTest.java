package org.deltanet.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizerStateTest {

    @Test
    void buffersAreCreatedOnceZeroFilledAndKeyedByParameterAndSlot() {
        OptimizerState state = new OptimizerState();
        double[] velocity = state.buffer("layer1.weights", "velocity", 3);
        assertArrayEquals(new double[3], velocity);
        velocity[1] = 2.0;
        assertSame(velocity, state.buffer("layer1.weights", "velocity", 3));
        assertArrayEquals(new double[3], state.buffer("layer1.bias", "velocity", 3));
        assertThrows(IllegalStateException.class, () -> state.buffer("layer1.weights", "velocity", 4));
    }

    @Test
    void aSnapshotIsADeepCopyThatRestoresTheSameState() {
        OptimizerState state = new OptimizerState();
        state.advance();
        state.advance();
        state.buffer("layer1.weights", "velocity", 2)[0] = 0.25;
        state.buffer("layer2.bias", "second-moment", 1)[0] = 4.0;

        Map<String, double[]> snapshot = state.snapshot();
        assertEquals(
                java.util.List.of("layer1.weights/velocity", "layer2.bias/second-moment"),
                java.util.List.copyOf(snapshot.keySet()));
        OptimizerState restored = OptimizerState.restore(state.step(), snapshot);
        assertEquals(2, restored.step());
        assertTrue(restored.sameAs(state));

        snapshot.get("layer1.weights/velocity")[0] = 9.0;
        assertTrue(restored.sameAs(state), "restoring copied the snapshot's arrays");
        restored.buffer("layer1.weights", "velocity", 2)[1] = 1.0;
        assertFalse(restored.sameAs(state));
    }

    @Test
    void aSnapshotKeyWithoutSlotIsRejected() {
        assertThrows(
                IllegalArgumentException.class, () -> OptimizerState.restore(1, Map.of("velocity", new double[1])));
    }
}
