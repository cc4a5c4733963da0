package org.deltanet.engine.regularize;

import java.io.Serializable;
import java.util.List;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * The weight penalty of a network, one {@link LayerPenalty} per layer: its value (what
 * {@code metrics.csv} reports as {@code train_penalty}) and its gradient, which the training step
 * adds to the loss's gradient, at the parameters it trains and in its precision, before the
 * optimizer steps (coupled weight decay, as L2 regularization is derived).
 * Absent (masked) connections hold 0, where both terms' gradients are 0, so they stay absent.
 *
 * <p>Example: {@code new Penalty(List.of(new LayerPenalty(0, 1e-4, false), LayerPenalty.NONE))}
 * decays layer 1's weights (not its biases) by {@code 1e-4 * w} per unit of learning rate and
 * leaves layer 2 alone.
 */
public final class Penalty implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No penalty on any layer. */
    public static final Penalty NONE = new Penalty(List.of());

    private final LayerPenalty[] layers;
    private final boolean active;

    /** @param layers by layer, first to last; layers beyond the list have no penalty */
    public Penalty(List<LayerPenalty> layers) {
        this.layers = layers.toArray(LayerPenalty[]::new);
        this.active = layers.stream().anyMatch(LayerPenalty::active);
    }

    /** Whether any layer has a penalty. */
    public boolean active() {
        return active;
    }

    /** The penalty of layer {@code number} (1-based). */
    public LayerPenalty layer(int number) {
        return number <= layers.length ? layers[number - 1] : LayerPenalty.NONE;
    }

    /** The penalty of the network's current parameters, summed over layers. */
    public double value(Network network) {
        double sum = 0.0;
        List<Layer> all = network.layers();
        for (int l = 0; l < all.size() && l < layers.length; l++) {
            LayerPenalty penalty = layers[l];
            if (!penalty.active()) {
                continue;
            }
            Layer layer = all.get(l);
            sum += penalty.value(layer.weights(), layer.weights().length);
            if (penalty.bias() && layer.hasBias()) {
                sum += penalty.value(layer.bias(), layer.units());
            }
        }
        return sum;
    }
}
