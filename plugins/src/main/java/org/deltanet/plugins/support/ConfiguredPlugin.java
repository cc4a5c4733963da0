package org.deltanet.plugins.support;

import java.util.List;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginText;

/**
 * A plugin that keeps its declared parameters and the validated values it was configured with,
 * and prints both in {@code toString()}: {@code momentum(learning-rate=0.1, momentum=0.9)}.
 */
public abstract class ConfiguredPlugin implements Plugin {

    private final List<ParameterSpec> parameters;
    private final ParameterValues values;

    /** A plugin without parameters. */
    protected ConfiguredPlugin() {
        this(List.of(), ParameterValues.defaults(List.of()));
    }

    /**
     * @param parameters the declared parameters
     * @param values     values validated against them
     */
    protected ConfiguredPlugin(List<ParameterSpec> parameters, ParameterValues values) {
        this.parameters = List.copyOf(parameters);
        this.values = values;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final ParameterValues values() {
        return values;
    }

    @Override
    public final String toString() {
        return PluginText.describe(this);
    }
}
