package org.deltanet.engine.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds up a network's outputs against their targets batch by batch, then gives the
 * {@link Scores}. A counter allocates when it is made and never while it counts.
 *
 * <p>Example:
 * <pre>{@code
 * ScoreCounter counter = ScoreCounter.of(TargetKind.CLASSES, List.of("cat", "dog"), 2);
 * counter.add(outputs, targets, rows);      // once per batch, rows x 2 each, row-major
 * ClassificationScores scores = (ClassificationScores) counter.scores();
 * }</pre>
 */
public interface ScoreCounter {

    /**
     * Counts the first {@code rows} rows of a batch.
     *
     * @param output the network's outputs, {@code rows x columns} row-major
     * @param target the targets, in the same layout
     */
    void add(double[] output, double[] target, int rows);

    /** The scores of every row added so far. */
    Scores scores();

    /**
     * A counter for targets of the given kind.
     *
     * @param names   the target columns' names (class names for {@link TargetKind#CLASSES}); empty
     *                to call them {@code output 1}, {@code output 2}, ...
     * @param columns target columns per example
     */
    static ScoreCounter of(TargetKind kind, List<String> names, int columns) {
        List<String> named = names.isEmpty() ? numbered(columns) : names;
        if (named.size() != columns) {
            throw new IllegalArgumentException(named.size() + " names for " + columns + " target columns");
        }
        return switch (kind) {
            case CLASSES -> new ConfusionCounter(named);
            case LABELS -> new LabelCounter(named);
            case VALUES -> new ErrorCounter(named);
        };
    }

    private static List<String> numbered(int columns) {
        List<String> names = new ArrayList<>(columns);
        for (int j = 1; j <= columns; j++) {
            names.add("output " + j);
        }
        return names;
    }
}
