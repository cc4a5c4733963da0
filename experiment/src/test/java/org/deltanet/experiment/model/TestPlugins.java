package org.deltanet.experiment.model;

import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.registry.PluginRegistry;

/** The built-in plugins, as the model tests resolve them. */
final class TestPlugins {

    static final PluginResolver RESOLVER = new PluginResolver(PluginRegistry.builtIn());

    private TestPlugins() {}
}
