package org.deltanet.experiment.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code sigmoid} or {@code {name: momentum, learning-rate: 0.1}} into a {@link PluginSpec}. */
final class PluginSpecDeserializer extends JsonDeserializer<PluginSpec> {

    @Override
    public PluginSpec deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return PluginSpec.of(parser.getText());
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return (PluginSpec) context.handleUnexpectedToken(
                    PluginSpec.class,
                    parser.currentToken(),
                    parser,
                    "expected a plugin name (e.g. sigmoid) or a mapping with 'name' and its parameters");
        }
        String name = null;
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("name")) {
                if (value != JsonToken.VALUE_STRING) {
                    context.reportInputMismatch(PluginSpec.class, "'name' must be a plugin name, e.g. sigmoid");
                }
                name = parser.getText();
            } else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
                parameters.put(key, parser.getDoubleValue());
            } else {
                context.reportInputMismatch(
                        PluginSpec.class, "parameter '" + key + "' must be a number, got '" + parser.getText() + "'");
            }
        }
        if (name == null) {
            context.reportInputMismatch(
                    PluginSpec.class, "missing 'name': say which plugin, e.g. { name: momentum, learning-rate: 0.1 }");
        }
        return new PluginSpec(name, parameters);
    }
}
