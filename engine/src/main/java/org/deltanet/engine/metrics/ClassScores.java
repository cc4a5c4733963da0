package org.deltanet.engine.metrics;

/**
 * Precision, recall and F1 of one class (or label) from its counts. A ratio whose denominator is 0
 * is 0, as scikit-learn's {@code zero_division=0} has it: a class never predicted has precision 0,
 * a class never present has recall 0.
 *
 * @param name      the class or label
 * @param precision true positives / predicted positives, in [0, 1]
 * @param recall    true positives / actual positives, in [0, 1]
 * @param f1        2 tp / (2 tp + fp + fn): the harmonic mean of precision and recall, in [0, 1]
 * @param support   actual positives: examples of this class
 * @param predicted examples predicted to be of this class
 */
public record ClassScores(String name, double precision, double recall, double f1, long support, long predicted) {

    /**
     * The scores of one class.
     *
     * @param truePositives  examples of the class predicted as it
     * @param falsePositives examples of other classes predicted as it
     * @param falseNegatives examples of the class predicted as another
     */
    public static ClassScores of(String name, long truePositives, long falsePositives, long falseNegatives) {
        return new ClassScores(
                name,
                ratio(truePositives, truePositives + falsePositives),
                ratio(truePositives, truePositives + falseNegatives),
                ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives),
                truePositives + falseNegatives,
                truePositives + falsePositives);
    }

    /** Whether the class took part: present among the examples or predicted for one. */
    public boolean seen() {
        return support > 0 || predicted > 0;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
