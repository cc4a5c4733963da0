package org.deltanet.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.deltanet.api.Activation;
import org.deltanet.api.PluginKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluginRegistryTest {

    /** What the services files on the test class path list, read without the registry. */
    private static Set<String> listed(PluginKind<?> kind) {
        return ServiceLoader.load(kind.serviceType()).stream()
                .map(provider -> provider.get().name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private final PluginRegistry registry = PluginRegistry.builtIn();

    @Test
    void everyBuiltInNameResolvesToAPluginOfItsKind() {
        for (PluginKind<?> kind : PluginKind.values()) {
            assertEquals(listed(kind), registry.names(kind), kind.label());
            for (String name : listed(kind)) {
                var plugin = registry.find(kind, name);
                assertEquals(name, plugin.name());
                assertInstanceOf(kind.serviceType(), plugin, name);
            }
        }
        assertEquals("sigmoid", registry.activation("sigmoid").name());
        assertEquals("cross-entropy", registry.loss("cross-entropy").name());
        assertEquals("adam", registry.optimizer("adam").name());
        assertEquals("he", registry.initializer("he").name());
    }

    @Test
    void aMisspeltNameListsTheAvailableOnesAndSuggestsTheClosest() {
        UnknownPluginException unknown =
                assertThrows(UnknownPluginException.class, () -> registry.activation("sigmod"));

        assertEquals(
                "unknown activation 'sigmod'; did you mean 'sigmoid'? available activations: "
                        + String.join(", ", registry.names(PluginKind.ACTIVATION)),
                unknown.getMessage());
        assertEquals(Optional.of("sigmoid"), unknown.closest());
        assertEquals(PluginKind.ACTIVATION, unknown.kind());
        assertEquals("sigmod", unknown.name());
    }

    @ParameterizedTest
    @CsvSource({
        "loss, cross-entropi, cross-entropy",
        "optimizer, momentun, momentum",
        "initializer, xavir, xavier",
        "activation, leaky-reul, leaky-relu"
    })
    void misspellingsOfEveryKindSuggestTheIntendedName(String label, String wrong, String meant) {
        PluginKind<?> kind = PluginKind.values().stream()
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow();
        UnknownPluginException unknown = assertThrows(UnknownPluginException.class, () -> registry.find(kind, wrong));

        assertEquals(Optional.of(meant), unknown.closest());
        assertTrue(unknown.getMessage().contains("did you mean '" + meant + "'?"), unknown.getMessage());
        assertTrue(
                unknown.getMessage()
                        .endsWith("available " + kind.plural() + ": " + String.join(", ", registry.names(kind))),
                unknown.getMessage());
    }

    @Test
    void aNameFarFromEveryPluginSuggestsNothingButStillListsThem() {
        UnknownPluginException unknown = assertThrows(
                UnknownPluginException.class, () -> registry.optimizer("stochastic-gradient-descent-with-restarts"));

        assertEquals(Optional.empty(), unknown.closest());
        assertEquals(
                "unknown optimizer 'stochastic-gradient-descent-with-restarts'; available optimizers: "
                        + String.join(", ", registry.names(PluginKind.OPTIMIZER)),
                unknown.getMessage());
    }

    @Test
    void twoClassesClaimingOneNameConflictAndTheMessageNamesBothSources(@TempDir Path plugins) throws IOException {
        try (URLClassLoader withImpostor = loaderListing(plugins, ImpostorSigmoid.class)) {
            PluginConflictException conflict = assertThrows(
                    PluginConflictException.class,
                    () -> PluginRegistry.load(List.of(PluginRegistry.class.getClassLoader(), withImpostor)));

            String builtInSource = registry.entries().stream()
                    .filter(e -> e.name().equals("sigmoid"))
                    .findFirst()
                    .orElseThrow()
                    .source();
            String impostorSource = PluginEntry.sourceOf(ImpostorSigmoid.class);
            assertNotEquals(builtInSource, impostorSource, "the two classes must come from different places");
            assertEquals(
                    "two activations are named 'sigmoid': "
                            + registry.activation("sigmoid").getClass().getName()
                            + " from " + builtInSource + " and " + ImpostorSigmoid.class.getName() + " from "
                            + impostorSource
                            + "; remove one of the two",
                    conflict.getMessage());
        }
    }

    @Test
    void oneClassSeenThroughSeveralLoadersCountsOnce(@TempDir Path empty) throws IOException {
        try (URLClassLoader child =
                new URLClassLoader(new URL[] {empty.toUri().toURL()}, PluginRegistry.class.getClassLoader())) {
            PluginRegistry twice = PluginRegistry.load(List.of(PluginRegistry.class.getClassLoader(), child));

            for (PluginKind<?> kind : PluginKind.values()) {
                assertEquals(listed(kind), twice.names(kind), kind.label());
            }
        }
    }

    /**
     * A loader over a directory holding only a service file that lists {@code activation}; the
     * class itself, like the built-ins, comes from the parent (the test class path).
     */
    private static URLClassLoader loaderListing(Path directory, Class<? extends Activation> activation)
            throws IOException {
        Path services = Files.createDirectories(directory.resolve("META-INF/services"));
        Files.writeString(services.resolve(Activation.class.getName()), activation.getName() + "\n");
        return new URLClassLoader(new URL[] {directory.toUri().toURL()}, PluginRegistry.class.getClassLoader());
    }
}
