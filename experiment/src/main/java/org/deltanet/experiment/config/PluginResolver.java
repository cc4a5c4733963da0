package org.deltanet.experiment.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.WeightInitializer;
import org.deltanet.engine.registry.PluginRegistry;

/**
 * Turns {@link PluginSpec}s into configured plugins: looks the name up in the registry and checks
 * the values against the plugin's declared parameters.
 *
 * <p>Errors are {@link org.deltanet.engine.registry.UnknownPluginException} (unknown name, with
 * the available names and the closest) and {@link org.deltanet.api.InvalidParameterException}
 * (unknown parameter or value out of range).
 */
public final class PluginResolver {

    private final PluginRegistry registry;

    public PluginResolver(PluginRegistry registry) {
        this.registry = registry;
    }

    public PluginRegistry registry() {
        return registry;
    }

    public Activation activation(PluginSpec spec) {
        Activation plugin = registry.activation(spec.name());
        return plugin.configure(values(plugin, spec));
    }

    public Loss loss(PluginSpec spec) {
        Loss plugin = registry.loss(spec.name());
        return plugin.configure(values(plugin, spec));
    }

    public Optimizer optimizer(PluginSpec spec) {
        Optimizer plugin = registry.optimizer(spec.name());
        return plugin.configure(values(plugin, spec));
    }

    public WeightInitializer initializer(PluginSpec spec) {
        WeightInitializer plugin = registry.initializer(spec.name());
        return plugin.configure(values(plugin, spec));
    }

    /** The spec of a configured plugin with every parameter written out, defaults included. */
    public static PluginSpec describe(Plugin plugin) {
        return new PluginSpec(plugin.name(), new LinkedHashMap<>(plugin.values().asMap()));
    }

    private static ParameterValues values(Plugin plugin, PluginSpec spec) {
        ParameterValues.Builder builder = ParameterValues.builder(plugin.parameters());
        for (Map.Entry<String, Double> entry : spec.parameters().entrySet()) {
            builder.set(entry.getKey(), entry.getValue());
        }
        return builder.build();
    }
}
