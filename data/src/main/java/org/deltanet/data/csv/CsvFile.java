package org.deltanet.data.csv;

import java.util.List;
import java.util.function.UnaryOperator;
import org.deltanet.data.DataLocations;
import org.deltanet.data.DataSource;
import org.deltanet.data.Keys;
import org.deltanet.data.LabelEncoding;
import org.deltanet.data.LabeledData;

/**
 * The section {@code { type: csv, file: iris.csv, label: species }}: a CSV (or, by its
 * {@code .tsv} name, tab-separated) file with a header row, read by {@link CsvSource}.
 *
 * @param file     path of the file, or its URI ({@link DataLocations})
 * @param label    the label column's header, or several ({@code label: [x, y]})
 * @param features feature columns' headers; default every column but the labels
 * @param labels   {@code one-hot} (class labels, default), {@code numeric} (regression targets),
 *                 {@code multi-label} (0/1 columns) or {@code probabilities} (soft targets); see
 *                 {@link LabelEncoding}
 */
public record CsvFile(String file, LabelColumns label, List<String> features, LabelEncoding labels)
        implements DataSource {

    /** @throws IllegalArgumentException for a missing key, or columns the encoding cannot take */
    public CsvFile {
        Keys.present(file, "file", "the CSV file's path, e.g. file: data/iris.csv");
        Keys.present(label, "label", "the label column's header, e.g. label: species");
        features = features == null ? List.of() : List.copyOf(features);
        labels = labels == null ? LabelEncoding.ONE_HOT : labels;
        new CsvSource(label.names(), features, labels);
    }

    /** A section with one label column. */
    public CsvFile(String file, String label, List<String> features, LabelEncoding labels) {
        this(file, label == null ? null : LabelColumns.of(label), features, labels);
    }

    @Override
    public LabeledData read() {
        return DataLocations.read(file, path -> source().read(path));
    }

    @Override
    public LabeledData read(List<String> classes) {
        return DataLocations.read(file, path -> source().read(path, classes));
    }

    @Override
    public LabeledData read(List<String> classes, List<String> trained) {
        return DataLocations.read(file, path -> source().read(path, classes, trained));
    }

    @Override
    public List<String> files() {
        return List.of(file);
    }

    @Override
    public DataSource withFiles(UnaryOperator<String> relocate) {
        return new CsvFile(relocate.apply(file), label, features, labels);
    }

    private CsvSource source() {
        return new CsvSource(label.names(), features, labels);
    }
}
