package org.deltanet.engine.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Precision, recall and F1 averaged over classes.
 *
 * <p>The macro average is the plain mean over the classes that were {@linkplain ClassScores#seen()
 * seen} (present or predicted; scikit-learn's default labels), so each class counts the same; the
 * weighted average weights each class by its support, so it follows the class sizes. Both are 0
 * when there is nothing to average.
 */
public record Averages(double precision, double recall, double f1) {

    /** The mean over the seen classes. */
    public static Averages macro(List<ClassScores> classes) {
        List<ClassScores> seen = classes.stream().filter(ClassScores::seen).toList();
        return new Averages(
                mean(seen, ClassScores::precision), mean(seen, ClassScores::recall), mean(seen, ClassScores::f1));
    }

    /** The mean weighted by support. */
    public static Averages weighted(List<ClassScores> classes) {
        long total = classes.stream().mapToLong(ClassScores::support).sum();
        return new Averages(
                weighted(classes, ClassScores::precision, total),
                weighted(classes, ClassScores::recall, total),
                weighted(classes, ClassScores::f1, total));
    }

    private static double mean(List<ClassScores> classes, ToDoubleFunction<ClassScores> score) {
        return classes.isEmpty() ? 0.0 : classes.stream().mapToDouble(score).sum() / classes.size();
    }

    private static double weighted(List<ClassScores> classes, ToDoubleFunction<ClassScores> score, long total) {
        if (total == 0) {
            return 0.0;
        }
        double sum = 0.0;
        for (ClassScores c : classes) {
            sum += score.applyAsDouble(c) * c.support();
        }
        return sum / total;
    }
}
