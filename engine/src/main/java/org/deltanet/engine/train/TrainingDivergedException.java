package org.deltanet.engine.train;

import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/**
 * A NaN or infinity appeared during training. Says where: the epoch, the step within it and the
 * layer (or the loss), so the user can lower the learning rate or fix the data.
 */
public final class TrainingDivergedException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final int step;
    private final String where;

    public TrainingDivergedException(int epoch, int step, String where, double value) {
        super(
                ErrorCategory.DIVERGED,
                "training diverged: " + value + " in " + where + " at epoch " + epoch + ", step " + step
                        + " of that epoch; lower the learning rate, or check the data for huge or missing values");
        this.epoch = epoch;
        this.step = step;
        this.where = where;
    }

    /** 1-based epoch. */
    public int epoch() {
        return epoch;
    }

    /** 1-based step within the epoch. */
    public int step() {
        return step;
    }

    /**
     * {@code the input data}, {@code the net input of layer 2} (a non-finite loss traced to its
     * layer; non-finite outputs of a finite net input are a {@link NonFiniteOutputException}),
     * {@code the loss} (every layer finite), or
     * {@code the deltas of layer 2}.
     */
    public String where() {
        return where;
    }
}
