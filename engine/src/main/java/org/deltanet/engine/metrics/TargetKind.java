package org.deltanet.engine.metrics;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.ValueDomain;

/**
 * What a network's target columns stand for, which decides the scores reported about it.
 *
 * <p>Example: a model with class names is {@link #CLASSES}; one without, trained with a loss whose
 * targets lie in [0, 1] ({@code binary-cross-entropy}), is {@link #LABELS}; any other is
 * {@link #VALUES}.
 */
public enum TargetKind {
    /** One class per example among the columns (one-hot or soft targets): the largest output is the prediction. */
    CLASSES,
    /** Each column a 0/1 label of its own (multi-label, or one binary label): an output of 0.5 or more predicts 1. */
    LABELS,
    /** Numbers (regression): compared by their errors, never by an accuracy. */
    VALUES;

    /**
     * The kind of a model's targets.
     *
     * @param classes the model's class names; non-empty for classification over classes
     * @param loss    the loss it is measured with: targets in [0, 1] without class names are labels
     */
    public static TargetKind of(List<String> classes, Loss loss) {
        if (!classes.isEmpty()) {
            return CLASSES;
        }
        return loss.targetDomain() == ValueDomain.UNIT_INTERVAL ? LABELS : VALUES;
    }
}
