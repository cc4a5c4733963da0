package org.deltanet.experiment.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;
import org.deltanet.api.Schedule;
import org.deltanet.api.WeightInitializer;
import org.deltanet.registry.PluginRegistry;

/**
 * Turns {@link PluginSpec}s into configured plugins: looks the name up in the registry and checks
 * the values against the plugin's declared parameters.
 *
 * <p>Errors are {@link org.deltanet.registry.UnknownPluginException} (unknown name, with
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

    /**
     * The plugin of the given kind that the spec names, configured with its parameters: the one
     * lookup every kind shares.
     *
     * @throws org.deltanet.registry.UnknownPluginException if no such plugin is installed
     * @throws org.deltanet.api.InvalidParameterException if a parameter is unknown or out of range
     */
    public <T extends Plugin> T resolve(PluginKind<T> kind, PluginSpec spec) {
        T plugin = registry.find(kind, spec.name());
        return kind.cast(plugin.configure(values(plugin, spec)));
    }

    public Activation activation(PluginSpec spec) {
        return resolve(PluginKind.ACTIVATION, spec);
    }

    public Loss loss(PluginSpec spec) {
        return resolve(PluginKind.LOSS, spec);
    }

    public Optimizer optimizer(PluginSpec spec) {
        return resolve(PluginKind.OPTIMIZER, spec);
    }

    public WeightInitializer initializer(PluginSpec spec) {
        return resolve(PluginKind.INITIALIZER, spec);
    }

    public Schedule schedule(PluginSpec spec) {
        return resolve(PluginKind.SCHEDULE, spec);
    }

    /**
     * The config with every plugin's parameters written out, defaults included, so that it means
     * the same whatever defaults a later version has: what a run directory keeps.
     */
    public ExperimentConfig complete(ExperimentConfig config) {
        ModelConfig model = config.model();
        ModelConfig completed = model == null
                ? null
                : new ModelConfig(
                        model.inputSize(),
                        describe(initializer(model.init())),
                        model.layers().stream()
                                .map(layer -> new LayerConfig(
                                        layer.units(),
                                        describe(activation(layer.activation())),
                                        layer.bias() == null ? Bias.PRESENT : layer.bias(),
                                        layer.init() == null ? null : describe(initializer(layer.init())),
                                        layer.mask(),
                                        layer.biasMask(),
                                        layer.weights(),
                                        null,
                                        layer.dropout(),
                                        layer.regularization()))
                                .toList());
        return new ExperimentConfig(
                config.name(),
                config.seed(),
                config.data(),
                completed,
                describe(loss(config.loss())),
                describe(optimizer(config.optimizer())),
                describe(schedule(config.schedule())),
                config.training(),
                config.output(),
                config.plugins(),
                config.sweep(),
                config.spark(),
                config.precision(),
                config.provenance());
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
