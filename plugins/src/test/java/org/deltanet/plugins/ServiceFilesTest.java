package org.deltanet.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;
import org.deltanet.api.PluginText;
import org.deltanet.plugins.activation.Sigmoid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The services files list every plugin class of this module, each under a unique, well-formed name. */
class ServiceFilesTest {

    static List<PluginKind<?>> kinds() {
        return PluginKind.values();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyEntryLoadsUnderAUniqueLowercaseHyphenatedName(PluginKind<?> kind) {
        List<? extends Plugin> plugins = BuiltIns.of(kind);
        List<String> names = plugins.stream().map(Plugin::name).toList();
        assertFalse(names.isEmpty(), "no built-in " + kind.plural());
        assertEquals(names.size(), names.stream().distinct().count(), () -> "duplicate names in " + names);
        for (Plugin plugin : plugins) {
            assertTrue(plugin.name().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), plugin.name());
            assertTrue(!plugin.description().isBlank(), plugin.name());
            assertEquals(ParameterValues.defaults(plugin.parameters()), plugin.values(), plugin.name());
            assertEquals(PluginText.describe(plugin), plugin.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyPublicPluginClassOfTheModuleIsListed(PluginKind<?> kind) throws Exception {
        List<String> listed = BuiltIns.of(kind).stream()
                .map(plugin -> plugin.getClass().getName())
                .sorted()
                .toList();
        List<String> classes = pluginClasses().stream()
                .filter(kind.serviceType()::isAssignableFrom)
                .map(Class::getName)
                .sorted()
                .toList();
        assertEquals(classes, listed, "META-INF/services/" + kind.serviceType().getName());
    }

    /** The public concrete classes compiled from this module's main code. */
    private static List<Class<?>> pluginClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Sigmoid.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(ServiceFilesTest::load)
                    .filter(type -> Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ServiceFilesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
