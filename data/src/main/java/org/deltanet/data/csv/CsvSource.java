package org.deltanet.data.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.deltanet.data.DataException;
import org.deltanet.data.LabelEncoding;
import org.deltanet.data.LabeledData;
import org.deltanet.engine.data.ArrayDataset;

/**
 * Examples from a CSV file with a header row: chosen feature columns (numbers) and one or more
 * label columns, encoded as {@link LabelEncoding#ONE_HOT one-hot} classes (one column),
 * {@link LabelEncoding#NUMERIC numeric} targets, {@link LabelEncoding#MULTI_LABEL 0/1 labels} or
 * {@link LabelEncoding#PROBABILITIES probabilities} over the label columns.
 *
 * <p>With one-hot labels the classes of the training file, in order of first appearance, define
 * the targets; a test or validation file is read with {@link #read(Path, List)} against those
 * classes, and a label outside them is an error. With probabilities the label columns are the
 * classes.
 *
 * <p>Example:
 * <pre>{@code
 * CsvSource iris = new CsvSource("species", List.of(), LabelEncoding.ONE_HOT);
 * LabeledData training = iris.read(Path.of("data/iris-train.csv"));
 * LabeledData test = iris.read(Path.of("data/iris-test.csv"), training.classes());
 * CsvSource tags = new CsvSource(List.of("sport", "politics"), List.of(), LabelEncoding.MULTI_LABEL);
 * }</pre>
 * Every problem with a file is a {@link DataException} naming the file, line and column.
 */
public final class CsvSource {

    private final List<String> labels;
    private final List<String> features;
    private final LabelEncoding encoding;

    /**
     * @param labels   the label columns' header names, in target order
     * @param features the feature columns' header names in the order the network sees them; empty
     *                 for every column except the labels, in file order
     * @param encoding how labels become targets
     * @throws IllegalArgumentException if a feature is listed twice or is a label column, or the
     *         encoding cannot take that many label columns
     */
    public CsvSource(List<String> labels, List<String> features, LabelEncoding encoding) {
        this.labels = List.copyOf(labels);
        this.features = List.copyOf(features);
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        if (this.labels.isEmpty()) {
            throw new IllegalArgumentException("no label column; name one, e.g. label: species");
        }
        if (encoding == LabelEncoding.ONE_HOT && this.labels.size() > 1) {
            throw new IllegalArgumentException("one-hot labels take one column, not " + this.labels.size() + " ("
                    + String.join(", ", this.labels) + "); for several columns say labels: numeric (numbers),"
                    + " multi-label (0 or 1 each) or probabilities (rows summing to 1)");
        }
        if (encoding == LabelEncoding.PROBABILITIES && this.labels.size() < 2) {
            throw new IllegalArgumentException("probabilities need a column per class, at least two, e.g."
                    + " label: [cat, dog]; a single column of class names is labels: one-hot");
        }
        var seen = new HashSet<String>();
        for (String feature : this.features) {
            if (this.labels.contains(feature)) {
                throw new IllegalArgumentException("column '" + feature + "' is "
                        + (this.labels.size() == 1 ? "the label" : "a label") + ", so it cannot also be a feature");
            }
            if (!seen.add(feature)) {
                throw new IllegalArgumentException("column '" + feature + "' is listed twice among the features");
            }
        }
    }

    /** A source with one label column. */
    public CsvSource(String label, List<String> features, LabelEncoding encoding) {
        this(List.of(Objects.requireNonNull(label, "label")), features, encoding);
    }

    /**
     * Reads a training file. With one-hot labels, its classes in order of first appearance become
     * the target columns; there must be at least two.
     */
    public LabeledData read(Path file) {
        return read(file, encoding.hasClasses() ? null : List.of(), List.of());
    }

    /**
     * Reads a test or validation file against the training data's classes.
     *
     * @param classes the training data's {@link LabeledData#classes()}: the class names for
     *                one-hot labels and probabilities, empty for numeric and multi-label ones
     */
    public LabeledData read(Path file, List<String> classes) {
        return read(file, classes, List.of());
    }

    /**
     * Reads a test, validation or evaluation file for a model trained on named features: the
     * columns named {@code trained} are read in that order wherever they are in the file (see
     * {@link FeatureColumns}).
     *
     * @param classes the training data's {@link LabeledData#classes()}; null to learn them (a
     *                training file)
     * @param trained the training data's {@link LabeledData#features()}; empty to go by this
     *                source's features (or every column but the labels, in file order)
     */
    public LabeledData read(Path file, List<String> classes, List<String> trained) {
        if (classes != null && classes.isEmpty() == encoding.hasClasses()) {
            throw new IllegalArgumentException(encoding.label() + " labels need "
                    + (classes.isEmpty() ? "the training data's class names" : "no class names"));
        }
        if (encoding == LabelEncoding.PROBABILITIES && classes != null && !classes.equals(labels)) {
            throw new DataException(
                    file,
                    0,
                    labels.get(0),
                    "the probability columns are " + String.join(", ", labels) + " but the training data's classes are "
                            + String.join(", ", classes) + "; name the same columns in the same order");
        }
        ClassIndex classIndex = encoding != LabelEncoding.ONE_HOT
                ? null
                : classes == null ? ClassIndex.learning() : ClassIndex.fixed(classes);
        ColumnReader.Counted counted = ColumnReader.count(
                file,
                csv -> new ColumnReader.Columns(
                        FeatureColumns.find(csv, labels, features, trained),
                        labels.stream()
                                .mapToInt(label -> FeatureColumns.column(csv, label))
                                .toArray()),
                classIndex);
        List<String> names = counted.featureNames();
        if (classIndex == null) {
            List<String> targets = new ArrayList<>(labels);
            return new LabeledData(
                    ColumnReader.fill(counted, null, labels.size(), encoding),
                    encoding.hasClasses() ? labels : List.of(),
                    names,
                    targets);
        }
        List<String> learnt = classIndex.classes();
        if (learnt.size() < 2) {
            throw new DataException(
                    file,
                    0,
                    labels.get(0),
                    "every row has the class '" + learnt.get(0)
                            + "'; one-hot labels need at least two classes (or use numeric labels)");
        }
        return new LabeledData(ColumnReader.fill(counted, classIndex, learnt.size(), encoding), learnt, names);
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
                        FeatureColumns.find(csv, Collections.singletonList(ignore), features, trained), new int[0]),
                null);
        return ColumnReader.fill(counted, null, targetCount, LabelEncoding.NUMERIC);
    }
}
