package org.deltanet.spark.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One variant of a sweep: the experiment with some keys set to other values.
 *
 * @param number 1-based, in the order the sweep lists its variants
 * @param values the swept keys in file order, each with this variant's value
 */
public record Variant(int number, Map<String, JsonNode> values) {

    public Variant {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The values as {@code --set} overrides, e.g. {@code optimizer.learning-rate=0.1}. */
    public List<String> overrides() {
        List<String> overrides = new ArrayList<>();
        values.forEach((key, value) -> overrides.add(key + "=" + value));
        return overrides;
    }

    /** The value of {@code key} as a person reads it: {@code 0.1}, {@code tanh}. */
    public String text(String key) {
        JsonNode value = values.get(key);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** The variant's name: the experiment's, numbered, e.g. {@code iris-03}. */
    public String name(String experiment, int variants) {
        int digits = Math.max(2, String.valueOf(variants).length());
        return experiment + "-" + String.format("%0" + digits + "d", number);
    }
}
