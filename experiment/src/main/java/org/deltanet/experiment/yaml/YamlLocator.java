package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds where a {@link YamlPath} points in a YAML text by walking its tokens: Jackson's own error
 * location for a record is the end of its mapping, not the offending key.
 */
final class YamlLocator {

    private final JsonParser parser;
    private JsonLocation location;
    private JsonToken token;

    private YamlLocator(JsonParser parser) throws IOException {
        this.parser = parser;
        this.token = parser.nextToken();
        this.location = parser.currentTokenLocation();
    }

    /**
     * Where the deepest point of a path present in the text is: the key for a path ending in a
     * key, the element for a list position, the enclosing mapping or list when a step is absent.
     *
     * @return empty if the text cannot be tokenised as far as the path goes
     */
    static Optional<JsonLocation> find(JsonFactory factory, byte[] source, YamlPath path) {
        try (JsonParser parser = factory.createParser(source)) {
            YamlLocator walk = new YamlLocator(parser);
            walk.follow(path);
            return Optional.of(walk.location);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Moves along the path; false (positioned at the last step found) when a step is absent. */
    private boolean follow(YamlPath path) throws IOException {
        for (Object step : path.steps()) {
            boolean present = step instanceof String key ? enterKey(key) : enterIndex((Integer) step);
            if (!present) {
                return false;
            }
            location = parser.currentTokenLocation();
            token = step instanceof String ? parser.nextToken() : parser.currentToken();
        }
        return true;
    }

    /** Moves to the field name {@code key} of the mapping starting at the current token. */
    private boolean enterKey(String key) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            return false;
        }
        for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
            if (key.equals(parser.currentName())) {
                return true;
            }
            parser.nextToken();
            parser.skipChildren();
        }
        return false;
    }

    /** Moves to element {@code index} of the list starting at the current token. */
    private boolean enterIndex(int index) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return false;
        }
        for (int i = 0; i <= index; i++) {
            JsonToken next = parser.nextToken();
            if (next == JsonToken.END_ARRAY || next == null) {
                return false;
            }
            if (i < index) {
                parser.skipChildren();
            }
        }
        return true;
    }
}
