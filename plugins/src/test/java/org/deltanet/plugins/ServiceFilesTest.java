package org.deltanet.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.deltanet.api.Activation;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;
import org.deltanet.api.PluginText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ServiceFilesTest {

    private static final Map<PluginKind, List<String>> BUILT_IN_NAMES = Map.of(
            PluginKind.ACTIVATION, List.of("identity", "sigmoid", "tanh", "relu", "leaky-relu", "softmax"),
            PluginKind.LOSS, List.of("squared-error", "binary-cross-entropy", "cross-entropy"),
            PluginKind.OPTIMIZER, List.of("sgd", "momentum", "nesterov", "adam"),
            PluginKind.INITIALIZER, List.of("constant", "uniform", "normal", "xavier", "he"));

    @ParameterizedTest
    @EnumSource(PluginKind.class)
    void everyEntryLoadsUnderAUniqueLowercaseHyphenatedName(PluginKind kind) {
        List<Plugin> plugins = load(kind);
        List<String> names = plugins.stream().map(Plugin::name).toList();
        assertEquals(BUILT_IN_NAMES.get(kind), names);
        assertEquals(names.size(), names.stream().distinct().count(), () -> "duplicate names in " + names);
        for (Plugin plugin : plugins) {
            assertTrue(plugin.name().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), plugin.name());
            assertTrue(!plugin.description().isBlank(), plugin.name());
            assertEquals(ParameterValues.defaults(plugin.parameters()), plugin.values(), plugin.name());
            assertEquals(PluginText.describe(plugin), plugin.toString());
        }
    }

    @Test
    void theLossContractsSeeEveryBuiltInActivation() {
        assertEquals(load(PluginKind.ACTIVATION).stream().map(Object::getClass).toList(),
                BuiltIns.activations().stream().map(Activation::getClass).toList());
    }

    private static List<Plugin> load(PluginKind kind) {
        return ServiceLoader.load(kind.serviceType()).stream().map(provider -> (Plugin) provider.get()).toList();
    }
}
