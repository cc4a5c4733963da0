package org.deltanet.loader;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.deltanet.api.Activation;
import org.deltanet.registry.PluginRegistry;
import org.junit.jupiter.api.Test;

/** A plugin jar's parent shares the api and the JDK, refuses the rest; an extension's shares the engine too. */
class SharedPackagesTest {

    private static final ClassLoader HOST = SharedPackagesTest.class.getClassLoader();

    @Test
    void pluginsShareTheHostsApiClassesAndTheJdk() throws ClassNotFoundException {
        SharedPackages parent = SharedPackages.forPlugins(HOST);

        assertSame(Activation.class, parent.loadClass(Activation.class.getName()));
        assertSame(java.util.List.class, parent.loadClass("java.util.List"));
        assertSame(java.sql.Connection.class, parent.loadClass("java.sql.Connection"));
    }

    @Test
    void pluginsSeeNeitherTheEngineNorDeltanetsLibraries() {
        SharedPackages parent = SharedPackages.forPlugins(HOST);

        assertThrows(ClassNotFoundException.class, () -> parent.loadClass(PluginRegistry.class.getName()));
        assertThrows(ClassNotFoundException.class, () -> parent.loadClass("io.github.classgraph.ClassGraph"));
        assertThrows(ClassNotFoundException.class, () -> parent.loadClass(SharedPackagesTest.class.getName()));
    }

    @Test
    void extensionsShareThePackagesTheirExtensionPointNames() throws ClassNotFoundException {
        SharedPackages parent =
                SharedPackages.forExtensions(HOST, List.of("org.deltanet.api.", "org.deltanet.registry."));

        assertSame(PluginRegistry.class, parent.loadClass(PluginRegistry.class.getName()));
        assertThrows(ClassNotFoundException.class, () -> parent.loadClass("io.github.classgraph.ClassGraph"));
    }
}
