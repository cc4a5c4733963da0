package org.deltanet.engine.regularize;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run's training steps add to plain gradient descent; {@link #NONE} trains exactly as
 * without it, bit for bit. Serializable: a data-parallel run sends it to its workers.
 *
 * @param penalty      L1/L2 per layer, added to the gradients (coupled)
 * @param dropout      the dropout rate of each layer's outputs, first to last (empty for none)
 * @param clipping     gradient clipping before the optimizer's step
 * @param classWeights one weight per output column (class) for the training loss, or null for none
 */
public record Regularization(Penalty penalty, List<Double> dropout, Clipping clipping, double[] classWeights)
        implements Serializable {

    /** Plain gradient descent. */
    public static final Regularization NONE = new Regularization(Penalty.NONE, List.of(), Clipping.NONE, null);

    public Regularization {
        Objects.requireNonNull(penalty, "penalty");
        dropout = List.copyOf(dropout);
        Objects.requireNonNull(clipping, "clipping");
        classWeights = classWeights == null ? null : classWeights.clone();
    }

    /** Whether anything differs from plain gradient descent. */
    public boolean active() {
        return penalty.active() || DropoutMasks.any(dropout) || clipping.active() || classWeights != null;
    }

    @Override
    public double[] classWeights() {
        return classWeights == null ? null : classWeights.clone();
    }
}
