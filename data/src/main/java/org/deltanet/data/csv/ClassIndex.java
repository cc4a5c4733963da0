package org.deltanet.data.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deltanet.api.NameSuggestions;

/**
 * Class labels and their target positions: either learnt from training data in order of first
 * appearance, or fixed (the training data's classes, for test and validation files).
 */
final class ClassIndex {

    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final boolean fixed;

    private ClassIndex(List<String> classes, boolean fixed) {
        classes.forEach(c -> positions.put(c, positions.size()));
        this.fixed = fixed;
    }

    /** An index that adds every new label it sees. */
    static ClassIndex learning() {
        return new ClassIndex(List.of(), false);
    }

    /** An index that knows only the given classes. */
    static ClassIndex fixed(List<String> classes) {
        return new ClassIndex(classes, true);
    }

    /**
     * The target position of a label, adding the label first if the index is learning.
     *
     * @return empty if the index is fixed and does not know the label
     */
    Optional<Integer> position(String label) {
        Integer position = positions.get(label);
        if (position == null && !fixed) {
            position = positions.size();
            positions.put(label, position);
        }
        return Optional.ofNullable(position);
    }

    /** What to say about a label a fixed index does not know. */
    String unknown(String label) {
        return "unknown class '" + label + "'"
                + NameSuggestions.closest(label, positions.keySet())
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse(";")
                + " the training data has the classes " + String.join(", ", positions.keySet());
    }

    /** The class names by position. */
    List<String> classes() {
        return new ArrayList<>(positions.keySet());
    }
}
