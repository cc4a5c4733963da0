package org.deltanet.experiment.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Map;

/** Writes a {@link PluginSpec} as its bare name, or as a mapping when it has parameters. */
final class PluginSpecSerializer extends JsonSerializer<PluginSpec> {

    @Override
    public void serialize(PluginSpec spec, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (spec.parameters().isEmpty()) {
            out.writeString(spec.name());
            return;
        }
        out.writeStartObject();
        out.writeStringField("name", spec.name());
        for (Map.Entry<String, Double> parameter : spec.parameters().entrySet()) {
            out.writeNumberField(parameter.getKey(), parameter.getValue());
        }
        out.writeEndObject();
    }
}
