package org.deltanet.engine.regularize;

import java.io.Serializable;

/**
 * Gradient clipping before the optimizer steps: by value (each gradient entry into
 * {@code [-value, value]}), then by global norm (when the Euclidean norm of all gradients of the
 * network together, weights and biases, exceeds {@code norm}, every entry is scaled by
 * {@code norm / that norm}, as PyTorch's {@code clip_grad_norm_}). Either may be off. The training
 * step clips its gradients in its own precision, the norm summed in double.
 *
 * <p>Example: {@code new Clipping(0, 5)} keeps the direction of the step and caps its length at 5
 * times the learning rate (for sgd).
 *
 * @param value the largest |entry|, above 0; 0 (or less) for no clipping by value
 * @param norm  the largest global norm, above 0; 0 (or less) for no clipping by norm
 */
public record Clipping(double value, double norm) implements Serializable {

    /** No clipping. */
    public static final Clipping NONE = new Clipping(0.0, 0.0);

    public Clipping {
        if (Double.isNaN(value) || Double.isNaN(norm) || Double.isInfinite(value) || Double.isInfinite(norm)) {
            throw new IllegalArgumentException("clipping thresholds must be finite, got " + value + " and " + norm);
        }
    }

    /** Whether this clips anything. */
    public boolean active() {
        return value > 0.0 || norm > 0.0;
    }
}
