package org.deltanet.engine.regularize;

import java.util.List;
import java.util.function.IntFunction;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * Gradient clipping before the optimizer steps: by value (each gradient entry into
 * {@code [-value, value]}), then by global norm (when the Euclidean norm of all gradients of the
 * network together, weights and biases, exceeds {@code norm}, every entry is scaled by
 * {@code norm / that norm}, as PyTorch's {@code clip_grad_norm_}). Either may be off.
 *
 * <p>Example: {@code new Clipping(0, 5)} keeps the direction of the step and caps its length at 5
 * times the learning rate (for sgd).
 *
 * @param value the largest |entry|, above 0; 0 (or less) for no clipping by value
 * @param norm  the largest global norm, above 0; 0 (or less) for no clipping by norm
 */
public record Clipping(double value, double norm) {

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

    /**
     * Clips the gradients in place.
     *
     * @param weightGradients dJ/dW by 1-based layer
     * @param biasGradients   dJ/db by 1-based layer (unused for layers without bias)
     */
    public void apply(Network network, IntFunction<double[]> weightGradients, IntFunction<double[]> biasGradients) {
        List<Layer> layers = network.layers();
        if (value > 0.0) {
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                clipValues(weightGradients.apply(l + 1), layer.weights().length);
                if (layer.hasBias()) {
                    clipValues(biasGradients.apply(l + 1), layer.units());
                }
            }
        }
        if (norm > 0.0) {
            double squares = 0.0;
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                squares += squares(weightGradients.apply(l + 1), layer.weights().length);
                if (layer.hasBias()) {
                    squares += squares(biasGradients.apply(l + 1), layer.units());
                }
            }
            double total = Math.sqrt(squares);
            if (total > norm) {
                double scale = norm / total;
                for (int l = 0; l < layers.size(); l++) {
                    Layer layer = layers.get(l);
                    scale(weightGradients.apply(l + 1), layer.weights().length, scale);
                    if (layer.hasBias()) {
                        scale(biasGradients.apply(l + 1), layer.units(), scale);
                    }
                }
            }
        }
    }

    private void clipValues(double[] gradient, int length) {
        for (int i = 0; i < length; i++) {
            gradient[i] = Math.max(-value, Math.min(value, gradient[i]));
        }
    }

    private static double squares(double[] gradient, int length) {
        double sum = 0.0;
        for (int i = 0; i < length; i++) {
            sum += gradient[i] * gradient[i];
        }
        return sum;
    }

    private static void scale(double[] gradient, int length, double factor) {
        for (int i = 0; i < length; i++) {
            gradient[i] *= factor;
        }
    }
}
