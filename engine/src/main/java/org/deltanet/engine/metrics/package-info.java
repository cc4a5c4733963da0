/**
 * The measures people report about a trained network, counted over whole batches as flat
 * row-major arrays: for classes a {@link org.deltanet.engine.metrics.ClassificationScores confusion
 * matrix} with per-class precision, recall and F1 and their macro and weighted averages; for
 * independent 0/1 labels the same per label ({@link org.deltanet.engine.metrics.LabelScores}); for
 * numeric targets MSE, MAE and R² per output ({@link org.deltanet.engine.metrics.RegressionScores}).
 * A {@link org.deltanet.engine.metrics.ScoreCounter} adds batches and hands out the scores;
 * {@link org.deltanet.engine.metrics.TargetKind} says which of the three a model's targets are.
 */
package org.deltanet.engine.metrics;
