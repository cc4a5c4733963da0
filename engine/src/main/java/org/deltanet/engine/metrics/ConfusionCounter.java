package org.deltanet.engine.metrics;

import java.util.List;
import org.deltanet.engine.math.Rows;

/**
 * Counts a classification's confusion matrix: the actual class of a row is its target's largest
 * column (one-hot or soft), the predicted one its output's largest; ties go to the first column.
 */
final class ConfusionCounter implements ScoreCounter {

    private final List<String> classes;
    private final long[] confusion;

    ConfusionCounter(List<String> classes) {
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a confusion matrix needs at least two classes, not " + classes);
        }
        this.classes = List.copyOf(classes);
        this.confusion = new long[classes.size() * classes.size()];
    }

    @Override
    public void add(double[] output, double[] target, int rows) {
        int k = classes.size();
        for (int r = 0; r < rows; r++) {
            confusion[Rows.argmax(target, r * k, k) * k + Rows.argmax(output, r * k, k)]++;
        }
    }

    @Override
    public Scores scores() {
        return new ClassificationScores(classes, confusion);
    }
}
