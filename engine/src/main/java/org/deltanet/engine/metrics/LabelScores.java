package org.deltanet.engine.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores of independent 0/1 labels (multi-label classification, or one binary label): each
 * label's counts of true and false positives and negatives, its precision, recall and F1, their
 * averages, and the fraction of examples with every label right (exact match, scikit-learn's
 * subset accuracy).
 */
public final class LabelScores implements Scores {

    private final List<String> labels;
    private final long[] counts;
    private final long exactMatches;
    private final long examples;

    /**
     * @param labels       the label names, by target column
     * @param counts       per label four counts, {@code [tn, fp, fn, tp]} (index = 2 actual + predicted); copied
     * @param exactMatches examples whose every label was predicted right
     * @param examples     examples counted
     */
    public LabelScores(List<String> labels, long[] counts, long exactMatches, long examples) {
        this.labels = List.copyOf(labels);
        if (counts.length != 4 * this.labels.size()) {
            throw new IllegalArgumentException(counts.length + " counts for " + this.labels.size() + " labels");
        }
        this.counts = counts.clone();
        this.exactMatches = exactMatches;
        this.examples = examples;
    }

    public List<String> labels() {
        return labels;
    }

    /** Examples whose label {@code label} is {@code actual} (0 or 1) and was predicted {@code predicted}. */
    public long count(int label, int actual, int predicted) {
        return counts[4 * label + 2 * actual + predicted];
    }

    @Override
    public long examples() {
        return examples;
    }

    @Override
    public TargetKind kind() {
        return TargetKind.LABELS;
    }

    /** The fraction of examples whose every label was predicted right. */
    public double exactMatch() {
        return examples == 0 ? 0.0 : (double) exactMatches / examples;
    }

    /** The scores of every label's positive class (1), in label order. */
    public List<ClassScores> perLabel() {
        List<ClassScores> scores = new ArrayList<>(labels.size());
        for (int j = 0; j < labels.size(); j++) {
            scores.add(ClassScores.of(labels.get(j), count(j, 1, 1), count(j, 0, 1), count(j, 1, 0)));
        }
        return scores;
    }

    public Averages macro() {
        return Averages.macro(perLabel());
    }

    public Averages weighted() {
        return Averages.weighted(perLabel());
    }
}
