package org.deltanet.plugins.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.ParameterValues;
import org.junit.jupiter.api.Test;

/** Values the contract cannot see: saturation at extreme inputs and the effect of a configured slope. */
class ElementwiseValuesTest {

    @Test
    void sigmoidSaturatesWithoutOverflowForLargeInputs() {
        Sigmoid sigmoid = new Sigmoid();
        assertEquals(0.5, sigmoid.value(0.0));
        assertEquals(1.0, sigmoid.value(1000.0));
        assertEquals(0.0, sigmoid.value(-1000.0));
        assertEquals(0.0, sigmoid.derivative(-1000.0, sigmoid.value(-1000.0)));
        // e^-800 underflows, yet 1 / (1 + e^800) is still representable: the z < 0 branch keeps it.
        assertEquals(Math.exp(-700.0), sigmoid.value(-700.0), Math.exp(-700.0) * 1e-12);
    }

    @Test
    void leakyReluUsesItsConfiguredSlope() {
        LeakyRelu defaults = new LeakyRelu();
        ElementwiseActivation steep =
                (ElementwiseActivation) defaults.configure(ParameterValues.builder(defaults.parameters())
                        .set("slope", 0.25)
                        .build());
        assertEquals(-0.02, defaults.value(-2.0));
        assertEquals(-0.5, steep.value(-2.0));
        assertEquals(0.25, steep.derivative(-2.0, -0.5));
        assertEquals(3.0, steep.value(3.0));
        assertEquals("leaky-relu(slope=0.25)", steep.toString());
    }
}
