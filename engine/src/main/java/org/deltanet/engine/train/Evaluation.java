package org.deltanet.engine.train;

import java.util.Objects;
import org.deltanet.engine.metrics.Scores;

/**
 * A network measured on a data set: its mean loss and accuracy, and the scores its kind of targets
 * calls for (a confusion matrix with per-class scores, per-label scores, or MSE/MAE/R²).
 *
 * @param metrics the mean loss and accuracy (for numeric targets the accuracy means nothing and is
 *                not reported)
 * @param scores  the detailed scores
 */
public record Evaluation(Metrics metrics, Scores scores) {

    public Evaluation {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(scores, "scores");
    }

    /** Examples measured. */
    public long examples() {
        return scores.examples();
    }

    public double loss() {
        return metrics.loss();
    }
}
