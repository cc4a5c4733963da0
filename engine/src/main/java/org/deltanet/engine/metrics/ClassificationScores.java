package org.deltanet.engine.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The confusion matrix of a classification and the scores it gives: accuracy, precision, recall
 * and F1 per class, and their {@link Averages macro and weighted averages}.
 *
 * <p>Example: with classes {@code [cat, dog]}, {@code count(0, 1)} is the number of cats
 * predicted to be dogs.
 */
public final class ClassificationScores implements Scores {

    private final List<String> classes;
    private final long[] confusion;
    private final long examples;

    /**
     * @param classes   the class names, by target column
     * @param confusion {@code classes x classes}, row-major: row = actual class, column = predicted;
     *                  copied
     */
    public ClassificationScores(List<String> classes, long[] confusion) {
        this.classes = List.copyOf(classes);
        if (confusion.length != this.classes.size() * this.classes.size()) {
            throw new IllegalArgumentException(
                    confusion.length + " counts for a confusion matrix of " + this.classes.size() + " classes");
        }
        this.confusion = confusion.clone();
        long total = 0;
        for (long count : confusion) {
            total += count;
        }
        this.examples = total;
    }

    public List<String> classes() {
        return classes;
    }

    /** Examples of class {@code actual} predicted to be of class {@code predicted}. */
    public long count(int actual, int predicted) {
        return confusion[actual * classes.size() + predicted];
    }

    @Override
    public long examples() {
        return examples;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.CLASSES;
    }

    /** The fraction of examples whose predicted class is the actual one: the confusion matrix's trace over its sum. */
    public double accuracy() {
        long right = 0;
        for (int c = 0; c < classes.size(); c++) {
            right += count(c, c);
        }
        return examples == 0 ? 0.0 : (double) right / examples;
    }

    /** Precision, recall, F1 and support of every class, in class order. */
    public List<ClassScores> perClass() {
        int k = classes.size();
        List<ClassScores> scores = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            long actual = 0;
            long predicted = 0;
            for (int other = 0; other < k; other++) {
                actual += count(c, other);
                predicted += count(other, c);
            }
            long hits = count(c, c);
            scores.add(ClassScores.of(classes.get(c), hits, predicted - hits, actual - hits));
        }
        return scores;
    }

    public Averages macro() {
        return Averages.macro(perClass());
    }

    public Averages weighted() {
        return Averages.weighted(perClass());
    }
}
