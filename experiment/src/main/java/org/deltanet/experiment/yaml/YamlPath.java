package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a YAML document: keys and 0-based list positions from the top, written
 * {@code layers[1].weights[0]}. Immutable.
 *
 * <p>Example: {@code YamlPath.root().key("layers").index(1).key("units")}.
 */
public final class YamlPath {

    private static final YamlPath ROOT = new YamlPath(List.of());

    /** Each a {@link String} key or an {@link Integer} list position. */
    private final List<Object> steps;

    private YamlPath(List<Object> steps) {
        this.steps = steps;
    }

    /** The whole document. */
    public static YamlPath root() {
        return ROOT;
    }

    /** The path Jackson reports for a binding error. */
    public static YamlPath of(List<JsonMappingException.Reference> references) {
        YamlPath path = ROOT;
        for (JsonMappingException.Reference reference : references) {
            path = reference.getFieldName() != null
                    ? path.key(reference.getFieldName())
                    : path.index(reference.getIndex());
        }
        return path;
    }

    /** The value under {@code key} of the mapping here. */
    public YamlPath key(String key) {
        return with(key);
    }

    /** The element at 0-based {@code index} of the list here. */
    public YamlPath index(int index) {
        return with(index);
    }

    private YamlPath with(Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return new YamlPath(List.copyOf(longer));
    }

    /** The keys and positions from the top, each a {@link String} or an {@link Integer}. */
    List<Object> steps() {
        return steps;
    }

    /** Whether this is the whole document. */
    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** The path one step up; the root for the root. */
    public YamlPath parent() {
        return isRoot() ? this : new YamlPath(steps.subList(0, steps.size() - 1));
    }

    /** The last key, or null if the path is the root or ends at a list position. */
    public String lastKey() {
        return !isRoot() && steps.get(steps.size() - 1) instanceof String key ? key : null;
    }

    /** {@code layers[1].weights[0]}; empty for the root. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() > 0 ? "." : "").append(step);
            }
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlPath that && steps.equals(that.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }
}
