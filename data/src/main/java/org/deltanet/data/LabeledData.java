package org.deltanet.data;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.deltanet.engine.data.Dataset;

/**
 * Examples, the names of the classes their one-hot targets stand for, the names of their features,
 * and of their target columns where those come from named columns.
 *
 * @param data     the examples
 * @param classes  class names in target order (target column {@code i} is class {@code i}); empty
 *                 when the targets are numeric values rather than classes
 * @param features feature names in input order (input {@code j} is feature {@code j}), e.g. a CSV
 *                 file's column headers; empty when the features have no names (images, XOR), in
 *                 which case they are matched by position
 * @param targets  target names in target order when each target column is a named column of the
 *                 data (numeric, multi-label or probability columns of a CSV file: {@code [a, b, c]});
 *                 empty for one-hot classes and unnamed targets
 */
public record LabeledData(Dataset data, List<String> classes, List<String> features, List<String> targets) {

    public LabeledData {
        Objects.requireNonNull(data, "data");
        classes = List.copyOf(classes);
        features = List.copyOf(features);
        targets = List.copyOf(targets);
        if (!targets.isEmpty() && targets.size() != data.targetCount()) {
            throw new IllegalArgumentException(
                    targets.size() + " target names for " + data.targetCount() + " target columns");
        }
        if (!classes.isEmpty() && classes.size() != data.targetCount()) {
            throw new IllegalArgumentException(
                    classes.size() + " class names for " + data.targetCount() + " target columns");
        }
        if (!features.isEmpty() && features.size() != data.featureCount()) {
            throw new IllegalArgumentException(
                    features.size() + " feature names for " + data.featureCount() + " features");
        }
        if (new HashSet<>(features).size() != features.size()) {
            throw new IllegalArgumentException("feature names repeat: " + features);
        }
    }

    /** Examples whose features have no names (matched by position) and whose targets are not named columns. */
    public LabeledData(Dataset data, List<String> classes) {
        this(data, classes, List.of(), List.of());
    }

    /** Examples whose targets are not named columns. */
    public LabeledData(Dataset data, List<String> classes, List<String> features) {
        this(data, classes, features, List.of());
    }
}
