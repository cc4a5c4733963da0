package org.deltanet.data.csv;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.deltanet.data.DataException;
import org.deltanet.data.LabelEncoding;
import org.deltanet.data.LabeledData;
import org.deltanet.engine.data.ArrayDataset;

/**
 * Examples from a CSV file with a header row: chosen feature columns (numbers) and one label
 * column, encoded as {@link LabelEncoding#ONE_HOT one-hot} classes or a {@link LabelEncoding#NUMERIC
 * numeric} target.
 *
 * <p>With one-hot labels the classes of the training file, in order of first appearance, define
 * the targets; a test or validation file is read with {@link #read(Path, List)} against those
 * classes, and a label outside them is an error.
 *
 * <p>Example:
 * <pre>{@code
 * CsvSource iris = new CsvSource("species", List.of(), LabelEncoding.ONE_HOT);
 * LabeledData training = iris.read(Path.of("data/iris-train.csv"));
 * LabeledData test = iris.read(Path.of("data/iris-test.csv"), training.classes());
 * }</pre>
 * Every problem with a file is a {@link DataException} naming the file, line and column.
 */
public final class CsvSource {

    private final String label;
    private final List<String> features;
    private final LabelEncoding encoding;

    /**
     * @param label    the label column's header name
     * @param features the feature columns' header names in the order the network sees them; empty
     *                 for every column except the label, in file order
     * @param encoding how labels become targets
     * @throws IllegalArgumentException if a feature is listed twice or is the label column
     */
    public CsvSource(String label, List<String> features, LabelEncoding encoding) {
        this.label = Objects.requireNonNull(label, "label");
        this.features = List.copyOf(features);
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        var seen = new HashSet<String>();
        for (String feature : this.features) {
            if (feature.equals(label)) {
                throw new IllegalArgumentException(
                        "column '" + label + "' is the label, so it cannot also be a feature");
            }
            if (!seen.add(feature)) {
                throw new IllegalArgumentException("column '" + feature + "' is listed twice among the features");
            }
        }
    }

    /**
     * Reads a training file. With one-hot labels, its classes in order of first appearance become
     * the target columns; there must be at least two.
     */
    public LabeledData read(Path file) {
        return read(file, encoding == LabelEncoding.ONE_HOT ? ClassIndex.learning() : null, List.of());
    }

    /**
     * Reads a test or validation file against the training data's classes.
     *
     * @param classes the training data's {@link LabeledData#classes()}: the class names for
     *                one-hot labels, empty for numeric ones
     */
    public LabeledData read(Path file, List<String> classes) {
        return read(file, classes, List.of());
    }

    /**
     * Reads a test, validation or evaluation file for a model trained on named features: the
     * columns named {@code trained} are read in that order wherever they are in the file (see
     * {@link FeatureColumns}).
     *
     * @param classes the training data's {@link LabeledData#classes()}
     * @param trained the training data's {@link LabeledData#features()}; empty to go by this
     *                source's features (or every column but the label, in file order)
     */
    public LabeledData read(Path file, List<String> classes, List<String> trained) {
        if (classes.isEmpty() != (encoding == LabelEncoding.NUMERIC)) {
            throw new IllegalArgumentException(encoding.label() + " labels need "
                    + (classes.isEmpty() ? "the training data's class names" : "no class names"));
        }
        return read(file, encoding == LabelEncoding.ONE_HOT ? ClassIndex.fixed(classes) : null, trained);
    }

    /** @param classIndex for one-hot labels, null for numeric ones */
    private LabeledData read(Path file, ClassIndex classIndex, List<String> trained) {
        ColumnReader.Counted counted = ColumnReader.count(
                file,
                csv -> new ColumnReader.Columns(
                        FeatureColumns.find(csv, Collections.singletonList(label), features, trained),
                        FeatureColumns.column(csv, label)),
                classIndex);
        List<String> names = counted.featureNames();
        if (classIndex == null) {
            return new LabeledData(ColumnReader.fill(counted, null, 1), List.of(), names);
        }
        List<String> classes = classIndex.classes();
        if (classes.size() < 2) {
            throw new DataException(
                    file,
                    0,
                    label,
                    "every row has the class '" + classes.get(0)
                            + "'; one-hot labels need at least two classes (or use numeric labels)");
        }
        return new LabeledData(ColumnReader.fill(counted, classIndex, classes.size()), classes, names);
    }

    /**
     * Reads feature rows only, for prediction on examples without labels.
     *
     * @param features     the feature columns to read; empty for every column except {@code ignore}
     * @param ignore       a column to leave out (e.g. a label the file happens to have); may be null
     * @param trained      the feature names the model was trained on, in input order: the columns
     *                     are found by these names (see {@link FeatureColumns}); empty to read
     *                     {@code features} in the order given
     * @param targetCount  width of the (zero) target rows, the network's output size
     * @throws DataException naming the file, line and column of any problem
     */
    public static ArrayDataset unlabeled(
            Path file, List<String> features, String ignore, List<String> trained, int targetCount) {
        ColumnReader.Counted counted = ColumnReader.count(
                file,
                csv -> new ColumnReader.Columns(
                        FeatureColumns.find(csv, Collections.singletonList(ignore), features, trained), -1),
                null);
        return ColumnReader.fill(counted, null, targetCount);
    }
}
