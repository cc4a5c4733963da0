package org.deltanet.data;

import java.util.List;
import java.util.Objects;
import org.deltanet.engine.data.Dataset;

/**
 * Examples and the names of the classes their one-hot targets stand for.
 *
 * @param data    the examples
 * @param classes class names in target order (target column {@code i} is class {@code i}); empty
 *                when the targets are numeric values rather than classes
 */
public record LabeledData(Dataset data, List<String> classes) {

    public LabeledData {
        Objects.requireNonNull(data, "data");
        classes = List.copyOf(classes);
        if (!classes.isEmpty() && classes.size() != data.targetCount()) {
            throw new IllegalArgumentException(
                    classes.size() + " class names for " + data.targetCount() + " target columns");
        }
    }
}
