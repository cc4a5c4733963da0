package org.deltanet.plugins.init;

import java.util.List;

import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginText;
import org.deltanet.api.WeightInitializer;

/** What the built-in initializers share: declared parameters and the values they were configured with. */
abstract class ConfiguredInitializer implements WeightInitializer {

    private final List<ParameterSpec> parameters;
    private final ParameterValues values;

    /** An initializer without parameters. */
    ConfiguredInitializer() {
        this(List.of(), ParameterValues.defaults(List.of()));
    }

    ConfiguredInitializer(List<ParameterSpec> parameters, ParameterValues values) {
        this.parameters = parameters;
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
