package org.deltanet.experiment.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code --set key.path=value} overrides to a parsed experiment file before it is bound.
 *
 * <p>Keys use the file's own dotted names with list indices in brackets:
 * {@code optimizer.learning-rate=0.05}, {@code model.layers[0].units=64},
 * {@code training.epochs=3}. The value is read as YAML, so {@code 3}, {@code 0.5}, {@code true},
 * {@code sigmoid} and {@code [1, 2]} all mean what they would in the file. A plugin given by bare
 * name ({@code optimizer: sgd}) turns into its mapping form when a parameter is set on it.
 */
final class Overrides {

    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9-]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** Indices up to 999,999,999 fit an int; anything longer cannot name an element. */
    private static final int MAX_INDEX_DIGITS = 9;
    /** 64 KiB: far more than any key and value, little enough to parse at once. */
    private static final int LONGEST = 64 * 1024;

    private Overrides() {}

    /**
     * Applies one override in place.
     *
     * @throws ConfigException if the override is not {@code key=value}, or the path runs through
     *         a missing list element or a plain value
     */
    static void apply(ObjectNode root, String override, ObjectMapper yaml) {
        if (override.length() > LONGEST) {
            throw new ConfigException(
                    "--set " + override + ": " + override.length() + " characters is more than a --set " + "takes ("
                            + LONGEST + "); put long values in the experiment file");
        }
        int equals = override.indexOf('=');
        if (equals <= 0) {
            throw new ConfigException("--set " + override + ": expected key.path=value, e.g. --set training.epochs=5");
        }
        String path = override.substring(0, equals).trim();
        JsonNode value = parseValue(override.substring(equals + 1), yaml, override);
        List<Object> steps = steps(path, override);
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            node = descend(node, steps.get(i), steps.get(i + 1), override);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String key) {
            if (!(node instanceof ObjectNode object)) {
                throw new ConfigException("--set " + override + ": '" + path + "' names a key inside a list; "
                        + "index the list instead, e.g. layers[0]." + key);
            }
            object.set(key, value);
        } else {
            int index = (Integer) last;
            if (!(node instanceof ArrayNode list)) {
                throw new ConfigException("--set " + override + ": '" + path + "' indexes something that is not a "
                        + "list; lists are indexed as layers[0]");
            }
            if (index > list.size()) {
                throw new ConfigException("--set " + override + ": there is no element [" + index + "] (the list has "
                        + list.size() + "; [" + list.size() + "] adds one at the end)");
            }
            if (index == list.size()) {
                list.add(value);
            } else {
                list.set(index, value);
            }
        }
    }

    private static JsonNode parseValue(String text, ObjectMapper yaml, String override) {
        try {
            JsonNode value = yaml.readTree(text);
            return value == null || value.isMissingNode()
                    ? yaml.getNodeFactory().nullNode()
                    : value;
        } catch (JsonProcessingException e) {
            throw new ConfigException("--set " + override + ": the value is not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse("").strip()
                    + "; quote text as a whole, e.g. --set 'name=\"my-run\"'");
        }
    }

    /** Field names as strings, list indices as integers. */
    private static List<Object> steps(String path, String override) {
        List<Object> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                throw new ConfigException("--set " + override + ": '" + segment
                        + "' is not a key; keys are lowercase words joined by '-', lists indexed as layers[0]");
            }
            steps.add(matcher.group(1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                steps.add(index(index.group(1), override));
            }
        }
        return steps;
    }

    private static int index(String digits, String override) {
        if (digits.length() > MAX_INDEX_DIGITS) {
            throw new ConfigException("--set " + override + ": a list index of " + digits.length()
                    + " digits is far too large; lists are indexed from [0]");
        }
        return Integer.parseInt(digits);
    }

    private static JsonNode descend(JsonNode node, Object step, Object next, String override) {
        if (step instanceof Integer index) {
            if (!(node instanceof ArrayNode list)) {
                throw new ConfigException("--set " + override + ": [" + index + "] indexes something that is not a "
                        + "list; lists are indexed as layers[0]");
            }
            if (index >= list.size()) {
                throw new ConfigException("--set " + override + ": there is no element [" + index + "] (the list has "
                        + node.size() + ")");
            }
            return list.get(index);
        }
        String key = (String) step;
        if (!(node instanceof ObjectNode object)) {
            throw new ConfigException(
                    "--set " + override + ": '" + key + "' is a key, but the value it would be in is a "
                            + "list; index the list first, e.g. layers[0]." + key);
        }
        JsonNode child = object.get(key);
        if (child == null || child.isNull()) {
            child = next instanceof Integer ? object.putArray(key) : object.putObject(key);
        } else if (child.isTextual() && next instanceof String) {
            ObjectNode plugin = object.putObject(key);
            plugin.put("name", child.asText());
            child = plugin;
        } else if (child.isValueNode()) {
            throw new ConfigException("--set " + override + ": '" + key + "' holds a plain value, not a "
                    + (next instanceof Integer ? "list" : "mapping"));
        }
        return child;
    }
}
