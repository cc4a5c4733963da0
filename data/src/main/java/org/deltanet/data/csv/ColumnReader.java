package org.deltanet.data.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.deltanet.data.DataException;
import org.deltanet.data.LabelEncoding;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.files.HeapLimits;

/**
 * Reads chosen columns of a CSV file into flat arrays in two streaming passes, so that time and
 * memory grow linearly with the file and nothing is allocated before it is known to fit:
 * <ol>
 *   <li>{@link #count} reads the header, finds the columns, and counts the rows, checking each
 *       row's field count and class label (learning the classes) but keeping no numbers; a file
 *       with no rows, or one class only, is refused here, having allocated nothing;</li>
 *   <li>{@link #fill} checks that the rows times the columns fit the heap (in {@code long}
 *       arithmetic), allocates arrays of exactly that size, and reads the file again into them.</li>
 * </ol>
 * A gzipped file is decompressed twice; reading it to the end checks its CRC.
 */
final class ColumnReader {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** How far from 1 a row of probabilities may sum: rounding in a file written with a few digits. */
    static final double PROBABILITY_SUM_TOLERANCE = 1e-6;

    /**
     * The columns to read.
     *
     * @param features the feature columns in input order
     * @param labels   the label columns in target order; none for unlabelled rows
     */
    record Columns(int[] features, int[] labels) {}

    /**
     * What the first pass found.
     *
     * @param header  the header, to check that the second pass reads the same file
     * @param columns the columns to read
     * @param rows    the number of data rows
     */
    record Counted(Path file, List<String> header, Columns columns, int rows) {

        /** The feature columns' names, in input order. */
        List<String> featureNames() {
            return java.util.Arrays.stream(columns.features())
                    .mapToObj(header::get)
                    .toList();
        }
    }

    private ColumnReader() {}

    /**
     * The first pass.
     *
     * @param layout  finds the columns from the header (and throws for a header that does not fit)
     * @param classes for one-hot labels, learns or checks each row's class; null otherwise
     * @throws DataException for a row without one field per column, an unknown class, or no rows
     */
    static Counted count(Path file, Function<CsvReader, Columns> layout, ClassIndex classes) {
        try (CsvReader csv = CsvReader.open(file)) {
            Columns columns = layout.apply(csv);
            long rows = 0;
            for (String[] fields = csv.next(); fields != null; fields = csv.next()) {
                if (classes != null) {
                    classPosition(csv, classes, columns.labels()[0], fields[columns.labels()[0]]);
                }
                rows++;
            }
            if (rows == 0) {
                throw new DataException(file, "has a header but no data rows");
            }
            if (rows > HeapLimits.MAX_ARRAY) {
                throw new DataException(
                        file,
                        "has " + rows + " rows, more than one data set can hold (" + HeapLimits.MAX_ARRAY
                                + "); split the file");
            }
            return new Counted(file, csv.header(), columns, (int) rows);
        }
    }

    /**
     * The second pass: the counted rows' features, and their targets (one-hot positions of
     * {@code classes}, the label columns' numbers, or zeros where there is no label).
     *
     * @param classes     the classes {@link #count} learnt or checked, for one-hot labels; else null
     * @param targetCount target values per example
     * @param encoding    what the label columns hold, checked row by row: 0 or 1 for multi-label,
     *                    probabilities summing to 1 for probabilities
     * @throws DataException when the data would not fit the heap, a field is not a number, or the
     *         file changed since the first pass
     */
    static ArrayDataset fill(Counted counted, ClassIndex classes, int targetCount, LabelEncoding encoding) {
        Path file = counted.file();
        int[] features = counted.columns().features();
        int[] labels = counted.columns().labels();
        long featureValues = HeapLimits.times(counted.rows(), features.length);
        long targetValues = HeapLimits.times(counted.rows(), targetCount);
        HeapLimits.problem(
                        "the data of " + file.getFileName() + " (" + counted.rows() + " rows x (" + features.length
                                + " features + " + targetCount + " targets))",
                        Math.max(featureValues, targetValues),
                        HeapLimits.doubles(HeapLimits.plus(featureValues, targetValues), 1))
                .ifPresent(problem -> {
                    throw new DataException(file, problem);
                });
        double[] x = new double[(int) featureValues];
        double[] y = new double[(int) targetValues];
        try (CsvReader csv = CsvReader.open(file)) {
            if (!csv.header().equals(counted.header())) {
                throw changed(file);
            }
            int r = 0;
            for (String[] fields = csv.next(); fields != null; fields = csv.next(), r++) {
                if (r == counted.rows()) {
                    throw changed(file);
                }
                for (int j = 0; j < features.length; j++) {
                    x[r * features.length + j] = number(csv, features[j], fields[features[j]]);
                }
                if (classes != null) {
                    y[r * targetCount + classPosition(csv, classes, labels[0], fields[labels[0]])] = 1.0;
                } else {
                    for (int j = 0; j < labels.length; j++) {
                        y[r * targetCount + j] = target(csv, labels[j], fields[labels[j]], encoding);
                    }
                    if (encoding == LabelEncoding.PROBABILITIES) {
                        requireSumOfOne(csv, labels, y, r * targetCount);
                    }
                }
            }
            if (r != counted.rows()) {
                throw changed(file);
            }
        }
        return new ArrayDataset(x, y, features.length, targetCount);
    }

    private static DataException changed(Path file) {
        return new DataException(file, "changed while it was being read; read it again when it is complete");
    }

    private static double number(CsvReader csv, int column, String text) {
        String name = csv.header().get(column);
        if (text.isEmpty()) {
            throw new DataException(csv.file(), csv.line(), name, "missing value; every example needs a number here");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new DataException(csv.file(), csv.line(), name, "'" + text + "' is not a number");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new DataException(csv.file(), csv.line(), name, "'" + text + "' is too large for a double");
        }
        return value;
    }

    /** A label column's value: any number, or for multi-label 0 or 1, for probabilities one in [0, 1]. */
    private static double target(CsvReader csv, int column, String text, LabelEncoding encoding) {
        double value = number(csv, column, text);
        if (encoding == LabelEncoding.MULTI_LABEL && value != 0.0 && value != 1.0) {
            throw new DataException(
                    csv.file(),
                    csv.line(),
                    csv.header().get(column),
                    "'" + text + "' is not a label; multi-label columns hold 0 or 1 (for numbers say labels: numeric,"
                            + " for class probabilities labels: probabilities)");
        }
        if (encoding == LabelEncoding.PROBABILITIES && !(value >= 0.0 && value <= 1.0)) {
            throw new DataException(
                    csv.file(),
                    csv.line(),
                    csv.header().get(column),
                    "'" + text + "' is not a probability; probability columns hold numbers from 0 to 1 that sum to 1"
                            + " in each row");
        }
        return value;
    }

    private static void requireSumOfOne(CsvReader csv, int[] labels, double[] y, int from) {
        double sum = 0.0;
        for (int j = 0; j < labels.length; j++) {
            sum += y[from + j];
        }
        if (Math.abs(sum - 1.0) > PROBABILITY_SUM_TOLERANCE) {
            List<String> names =
                    java.util.Arrays.stream(labels).mapToObj(csv.header()::get).toList();
            throw new DataException(
                    csv.file(),
                    csv.line(),
                    names.get(0),
                    "the probabilities in " + String.join(", ", names) + " sum to " + sum
                            + ", not 1; soft targets are a distribution over the classes (within "
                            + PROBABILITY_SUM_TOLERANCE + "), for independent 0/1 labels say labels: multi-label");
        }
    }

    private static int classPosition(CsvReader csv, ClassIndex classes, int column, String text) {
        String name = csv.header().get(column);
        if (text.isEmpty()) {
            throw new DataException(csv.file(), csv.line(), name, "missing class label");
        }
        return classes.position(text)
                .orElseThrow(() -> new DataException(csv.file(), csv.line(), name, classes.unknown(text)));
    }
}
