package org.deltanet.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.PluginKind;
import org.deltanet.plugins.activation.Sigmoid;
import org.deltanet.plugins.loss.SquaredError;
import org.junit.jupiter.api.Test;

/** {@link PluginRegistry#of}: plugins claiming one name conflict unless exactly one is preferred. */
class PluginRegistryPreferenceTest {

    private static final PluginEntry FROM_A = new PluginEntry(PluginKind.ACTIVATION, new Sigmoid(), "/plugins/a.jar");
    private static final PluginEntry FROM_B = new PluginEntry(PluginKind.ACTIVATION, new Sigmoid(), "/plugins/b.jar");

    @Test
    void twoPluginsWithOneNameConflictNamingBothSources() {
        PluginConflictException conflict = assertThrows(
                PluginConflictException.class, () -> PluginRegistry.of(List.of(FROM_A, FROM_B), entry -> false));

        assertEquals(
                "two activations are named 'sigmoid': org.deltanet.plugins.activation.Sigmoid from /plugins/a.jar"
                        + " and org.deltanet.plugins.activation.Sigmoid from /plugins/b.jar; remove one of the two",
                conflict.getMessage());
        assertEquals(
                List.of("a.jar", "b.jar"),
                List.of(conflict.first().sourceFileName(), conflict.second().sourceFileName()));
    }

    @Test
    void theOnlyPreferredPluginWins() {
        PluginRegistry registry = PluginRegistry.of(
                List.of(FROM_A, FROM_B), entry -> entry.sourceFileName().equals("b.jar"));

        assertSame(FROM_B.plugin(), registry.activation("sigmoid"));
        assertEquals(List.of(FROM_B), registry.entries());
    }

    @Test
    void twoPreferredPluginsStillConflict() {
        assertThrows(PluginConflictException.class, () -> PluginRegistry.of(List.of(FROM_A, FROM_B), entry -> true));
    }

    @Test
    void oneNameInTwoKindsIsNoConflict() {
        PluginEntry loss = new PluginEntry(PluginKind.LOSS, new SquaredError(), "/plugins/c.jar");
        PluginEntry activation = new PluginEntry(
                PluginKind.ACTIVATION,
                new ElementwiseActivation() {
                    @Override
                    public String name() {
                        return "squared-error";
                    }

                    @Override
                    public String description() {
                        return "an activation that shares a loss's name";
                    }

                    @Override
                    public double value(double z) {
                        return z;
                    }

                    @Override
                    public double derivative(double z, double a) {
                        return 1.0;
                    }
                },
                "/plugins/d.jar");

        PluginRegistry registry = PluginRegistry.of(List.of(loss, activation), entry -> false);

        assertEquals(List.of(activation, loss), registry.entries());
    }
}
