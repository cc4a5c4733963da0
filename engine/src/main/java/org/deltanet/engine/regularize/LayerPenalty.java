package org.deltanet.engine.regularize;

import java.io.Serializable;

/**
 * The weight penalty of one layer: {@code l1 * sum |w| + (l2 / 2) * sum w^2} over its weights, and
 * over its biases too when {@code bias} is true. Its gradient, added to the loss gradient (coupled
 * decay), is {@code l1 * sign(w) + l2 * w} (sign 0 at w = 0).
 *
 * @param l1   L1 strength, at least 0
 * @param l2   L2 strength (weight decay), at least 0
 * @param bias whether the layer's biases are penalized as well
 */
public record LayerPenalty(double l1, double l2, boolean bias) implements Serializable {

    /** No penalty. */
    public static final LayerPenalty NONE = new LayerPenalty(0.0, 0.0, false);

    public LayerPenalty {
        if (!(l1 >= 0.0) || !(l2 >= 0.0) || !Double.isFinite(l1) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l1 and l2 must be finite and at least 0, got " + l1 + " and " + l2);
        }
    }

    /** Whether this penalty is not zero. */
    public boolean active() {
        return l1 > 0.0 || l2 > 0.0;
    }

    /** The penalty of {@code values[0 .. length)}. */
    double value(double[] values, int length) {
        double abs = 0.0;
        double squares = 0.0;
        for (int i = 0; i < length; i++) {
            double w = values[i];
            abs += Math.abs(w);
            squares += w * w;
        }
        return l1 * abs + 0.5 * l2 * squares;
    }
}
