package org.deltanet.experiment.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A plugin named in a file, with the parameter values written beside its name.
 *
 * <p>Two YAML forms are accepted and the short one is written when there are no parameters:
 * <pre>
 * activation: sigmoid
 * optimizer: { name: momentum, learning-rate: 0.1, momentum: 0.9 }
 * </pre>
 * Values are checked against the plugin's declared parameters when the plugin is
 * {@linkplain PluginResolver resolved}, not here.
 *
 * @param name       the plugin's stable name
 * @param parameters values by parameter name, in file order
 */
@JsonDeserialize(using = PluginSpecDeserializer.class)
@JsonSerialize(using = PluginSpecSerializer.class)
public record PluginSpec(String name, Map<String, Double> parameters) {

    public PluginSpec {
        Objects.requireNonNull(name, "name");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A plugin with no explicit parameters. */
    public static PluginSpec of(String name) {
        return new PluginSpec(name, Map.of());
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? name : name + parameters;
    }
}
