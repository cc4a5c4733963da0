package org.deltanet.engine.train;

import java.util.function.IntFunction;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;

/**
 * What regularization does to a step's gradients, in place and in the step's precision, written
 * once for both through its {@link Arithmetic}: a {@link Penalty}'s gradient at the parameters the
 * step trains (the network's own arrays in double, their float copies in float), added after the
 * backward pass, and {@link Clipping} before the optimizer's update. Nothing here allocates per
 * step.
 */
final class GradientHooks {

    private GradientHooks() {}

    /**
     * Clipping by value (each entry into {@code [-value, value]}), then by global norm (every entry
     * scaled by {@code norm / total} when the Euclidean norm of all weight and bias gradients
     * together exceeds {@code norm}, the total summed in double); null where it clips nothing.
     */
    static <A> ParameterUpdate.GradientHook<A> clipping(Network network, Clipping clipping, Arithmetic<A> numbers) {
        if (!clipping.active()) {
            return null;
        }
        return (weightGradients, biasGradients) -> {
            if (clipping.value() > 0.0) {
                for (int l = 1; l <= network.depth(); l++) {
                    Layer layer = network.layer(l);
                    numbers.clamp(weightGradients.apply(l), layer.weights().length, clipping.value());
                    if (layer.hasBias()) {
                        numbers.clamp(biasGradients.apply(l), layer.units(), clipping.value());
                    }
                }
            }
            if (clipping.norm() > 0.0) {
                double squares = 0.0;
                for (int l = 1; l <= network.depth(); l++) {
                    Layer layer = network.layer(l);
                    squares += numbers.sumSquares(weightGradients.apply(l), layer.weights().length);
                    if (layer.hasBias()) {
                        squares += numbers.sumSquares(biasGradients.apply(l), layer.units());
                    }
                }
                double total = Math.sqrt(squares);
                if (total > clipping.norm()) {
                    double scale = clipping.norm() / total;
                    for (int l = 1; l <= network.depth(); l++) {
                        Layer layer = network.layer(l);
                        numbers.rescale(weightGradients.apply(l), layer.weights().length, scale);
                        if (layer.hasBias()) {
                            numbers.rescale(biasGradients.apply(l), layer.units(), scale);
                        }
                    }
                }
            }
        };
    }

    /**
     * Adds the penalty's gradient ({@code l1 sign(w) + l2 w}, see {@link LayerPenalty}) at the
     * current {@code weights} and {@code biases} (by 1-based layer); null where no layer has a
     * penalty.
     */
    static <A> ParameterUpdate.GradientHook<A> penalty(
            Network network, Penalty penalty, Arithmetic<A> numbers, IntFunction<A> weights, IntFunction<A> biases) {
        if (!penalty.active()) {
            return null;
        }
        return (weightGradients, biasGradients) -> {
            for (int l = 1; l <= network.depth(); l++) {
                LayerPenalty layerPenalty = penalty.layer(l);
                if (!layerPenalty.active()) {
                    continue;
                }
                Layer layer = network.layer(l);
                numbers.addPenalty(
                        weights.apply(l),
                        weightGradients.apply(l),
                        layer.weights().length,
                        layerPenalty.l1(),
                        layerPenalty.l2());
                if (layerPenalty.bias() && layer.hasBias()) {
                    numbers.addPenalty(
                            biases.apply(l),
                            biasGradients.apply(l),
                            layer.units(),
                            layerPenalty.l1(),
                            layerPenalty.l2());
                }
            }
        };
    }
}
