package org.deltanet.data.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.deltanet.api.NameSuggestions;

/**
 * Which columns of a CSV file are the features, and in what order the network sees them: found by
 * header name, so that a file with its columns in another order reads the same.
 *
 * <p>Without a training order ({@code trained} empty) the features are the listed columns, or
 * every column but the label and an ignored one, in file order. With one (a test, validation or
 * prediction file for a model trained on named features) they are the trained features in the
 * trained order, and the file must have each of them; a listed feature the training data did not
 * have, or (when none are listed) a column that is neither a trained feature, the label nor the
 * ignored column, is an error rather than a column read in the wrong place.
 */
final class FeatureColumns {

    private FeatureColumns() {}

    /**
     * @param csv     the file, its header read
     * @param skipped columns that are never features (the label, an ignored column); may hold nulls
     * @param listed  the features the section or command lists; empty for all columns
     * @param trained the training data's feature names in input order; empty to go by the file
     * @return the column of each feature, in input order
     */
    static int[] find(CsvReader csv, List<String> skipped, List<String> listed, List<String> trained) {
        List<String> header = csv.header();
        var notFeatures = new HashSet<Integer>();
        for (String name : skipped) {
            if (name != null) {
                notFeatures.add(column(csv, name));
            }
        }
        if (trained.isEmpty()) {
            int[] columns = listed.isEmpty()
                    ? IntStream.range(0, header.size())
                            .filter(c -> !notFeatures.contains(c))
                            .toArray()
                    : listed.stream().mapToInt(name -> column(csv, name)).toArray();
            if (columns.length == 0) {
                throw csv.headerProblem("the header names no feature columns besides "
                        + String.join(
                                ", ", skipped.stream().filter(n -> n != null).toList()));
            }
            return columns;
        }
        if (!listed.isEmpty()) {
            checkListed(csv, listed, trained);
        } else {
            for (int c = 0; c < header.size(); c++) {
                if (!notFeatures.contains(c) && !trained.contains(header.get(c))) {
                    throw csv.headerProblem("column '" + header.get(c) + "' is not one of the features the model was "
                            + "trained on (" + names(trained) + "); remove the column, or list the features to read");
                }
            }
        }
        int[] columns = new int[trained.size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = trainedColumn(csv, trained.get(j), trained);
        }
        return columns;
    }

    private static void checkListed(CsvReader csv, List<String> listed, List<String> trained) {
        var extra = new LinkedHashSet<>(listed);
        trained.forEach(extra::remove);
        if (!extra.isEmpty()) {
            throw csv.headerProblem("feature '" + extra.iterator().next() + "' is not one of the features the model "
                    + "was trained on (" + names(trained) + ")");
        }
        var missing = new ArrayList<>(trained);
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
            throw csv.headerProblem("the listed features lack '" + missing.get(0) + "', which the model was trained on "
                    + "(features " + names(trained) + ")");
        }
    }

    private static int trainedColumn(CsvReader csv, String name, List<String> trained) {
        if (!csv.header().contains(name)) {
            throw csv.headerProblem("has no column '" + name + "', a feature the model was trained on"
                    + NameSuggestions.closest(name, csv.header())
                            .map(c -> " (did you mean '" + c + "'?)")
                            .orElse("")
                    + "; the features are " + names(trained) + ", matched by header name");
        }
        return column(csv, name);
    }

    /** The position of a named column in the header (read before any data row). */
    static int column(CsvReader csv, String name) {
        List<String> header = csv.header();
        int first = header.indexOf(name);
        if (first < 0) {
            throw csv.headerProblem("unknown column '" + name + "'"
                    + NameSuggestions.closest(name, header)
                            .map(c -> "; did you mean '" + c + "'?")
                            .orElse(";")
                    + " the header has " + String.join(", ", header));
        }
        int last = header.lastIndexOf(name);
        if (last != first) {
            throw csv.headerProblem("column '" + name
                    + "' appears twice in the header (columns " + (first + 1) + " and " + (last + 1)
                    + "); rename one of them");
        }
        return first;
    }

    private static String names(List<String> names) {
        return String.join(", ", names);
    }
}
