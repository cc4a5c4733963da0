package org.deltanet.plugins.init;

import java.util.List;

import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.WeightInitializer;
import org.deltanet.plugins.support.ConfiguredPlugin;

/** What the built-in initializers share: declared parameters and the values they were configured with. */
abstract class ConfiguredInitializer extends ConfiguredPlugin implements WeightInitializer {

    /** An initializer without parameters. */
    ConfiguredInitializer() {
    }

    ConfiguredInitializer(List<ParameterSpec> parameters, ParameterValues values) {
        super(parameters, values);
    }
}
