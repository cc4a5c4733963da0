package org.deltanet.engine.metrics;

/**
 * What a {@link ScoreCounter} found over a data set: one of {@link ClassificationScores} (classes),
 * {@link LabelScores} (0/1 labels) or {@link RegressionScores} (numbers), by the
 * {@link TargetKind} of the targets.
 */
public sealed interface Scores permits ClassificationScores, LabelScores, RegressionScores {

    /** The examples counted. */
    long examples();

    /** Which kind of targets these scores are about. */
    TargetKind kind();
}
