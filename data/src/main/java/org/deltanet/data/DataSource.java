package org.deltanet.data;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One source of examples as an experiment file describes it: a {@code training} or {@code test}
 * section, bound from YAML by its {@link DataFormat}'s {@code type} name. An implementation is a
 * record whose components are the section's keys (kebab-case in the file); its constructor checks
 * them and throws {@link IllegalArgumentException} naming the key ({@link Keys#present}).
 *
 * <p>Example, the section {@code { type: csv, file: iris.csv, label: species }}:
 * <pre>{@code
 * DataSource source = new CsvFile("iris.csv", "species", List.of(), LabelEncoding.ONE_HOT);
 * LabeledData training = source.read();
 * LabeledData test = testSource.read(training.classes());
 * }</pre>
 *
 * <p>Reading is the only I/O; a file that cannot be used is a {@link DataException} naming the
 * file (and for text, the line and column). A file's value may be a path or a URI
 * ({@code file:///data/iris.csv}, {@code hdfs://namenode/iris.csv}): a source reads its files
 * through {@link DataLocations#read(java.util.List, java.util.function.Function)}, which hands it
 * local paths.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface DataSource {

    /**
     * Reads training examples: with one-hot labels, their classes (in order of first appearance)
     * become the target columns.
     *
     * @throws DataException when a file is missing or malformed
     */
    LabeledData read();

    /**
     * Reads test or validation examples whose one-hot targets must agree with the training data's.
     * Formats whose classes are fixed (e.g. the ten MNIST digits) may ignore {@code classes}.
     *
     * @param classes the training data's {@link LabeledData#classes()}; empty for numeric targets
     * @throws DataException when a file is missing or malformed, or has a class outside {@code classes}
     */
    LabeledData read(List<String> classes);

    /**
     * Reads test, validation or prediction examples for a model trained on named features: a
     * format whose features have names (a CSV file's columns) finds each of {@code features} by its
     * name, in that order, whatever order the file has them in, and refuses a file that lacks one
     * or has a feature column more. Formats whose features have no names read by position.
     *
     * @param classes  the training data's {@link LabeledData#classes()}; empty for numeric targets
     * @param features the training data's {@link LabeledData#features()} in input order; empty to
     *                 read by position
     * @throws DataException when a file is missing or malformed, has a class outside
     *         {@code classes}, or its feature columns are not {@code features}
     */
    default LabeledData read(List<String> classes, List<String> features) {
        return read(classes);
    }

    /** The paths or URIs of the files this source reads, as written; empty for sources without files. */
    default List<String> files() {
        return List.of();
    }

    /**
     * This source reading {@code relocate.apply(path)} for each of its {@link #files()}: relative
     * paths resolved against the experiment file's folder, or files staged on a Spark executor.
     * Sources without files return themselves.
     */
    default DataSource withFiles(UnaryOperator<String> relocate) {
        return this;
    }
}
