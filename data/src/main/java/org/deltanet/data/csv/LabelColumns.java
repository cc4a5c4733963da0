package org.deltanet.data.csv;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The {@code label} key of a CSV section: one column ({@code label: species}) or several
 * ({@code label: [x, y, z]}), by header name, written back as it was given.
 *
 * @param names the label columns' headers, at least one, none twice
 */
public record LabelColumns(List<String> names) {

    private static final String EXAMPLE = "a column's header, e.g. label: species, or a list, e.g. label: [x, y, z]";

    public LabelColumns {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("'label' names no column; give " + EXAMPLE);
        }
        var seen = new HashSet<String>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("label column '" + name + "' is listed twice");
            }
        }
    }

    /** One label column. */
    public static LabelColumns of(String name) {
        return new LabelColumns(List.of(name));
    }

    /**
     * The key as a file gives it: a header, or a list of headers.
     *
     * @throws IllegalArgumentException for anything else
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LabelColumns fromFile(Object value) {
        if (isScalar(value)) {
            return of(value.toString());
        }
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            for (Object item : list) {
                if (!isScalar(item)) {
                    throw new IllegalArgumentException(
                            "'label' lists " + (item == null ? "an empty entry" : "'" + item + "'")
                                    + ", not a column's header; give " + EXAMPLE);
                }
                names.add(item.toString());
            }
            return new LabelColumns(names);
        }
        throw new IllegalArgumentException("'label' must be " + EXAMPLE);
    }

    /** A header as YAML may give it: text, or a number or boolean a header happens to be. */
    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** As written to a file: the header alone for one column, the list for several. */
    @JsonValue
    public Object written() {
        return names.size() == 1 ? names.get(0) : names;
    }
}
