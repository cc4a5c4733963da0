package org.deltanet.engine.metrics;

import java.util.List;

/**
 * Counts independent 0/1 labels: a target or output of 0.5 or more is 1 (so soft targets count by
 * the side of 0.5 they lie on).
 */
final class LabelCounter implements ScoreCounter {

    private static final double THRESHOLD = 0.5;

    private final List<String> labels;
    private final long[] counts;
    private long exactMatches;
    private long examples;

    LabelCounter(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new long[4 * labels.size()];
    }

    @Override
    public void add(double[] output, double[] target, int rows) {
        int k = labels.size();
        for (int r = 0; r < rows; r++) {
            boolean allRight = true;
            for (int j = 0; j < k; j++) {
                int actual = target[r * k + j] >= THRESHOLD ? 1 : 0;
                int predicted = output[r * k + j] >= THRESHOLD ? 1 : 0;
                counts[4 * j + 2 * actual + predicted]++;
                allRight &= actual == predicted;
            }
            if (allRight) {
                exactMatches++;
            }
        }
        examples += rows;
    }

    @Override
    public Scores scores() {
        return new LabelScores(labels, counts, exactMatches, examples);
    }
}
