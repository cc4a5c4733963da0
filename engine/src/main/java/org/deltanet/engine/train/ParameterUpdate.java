package org.deltanet.engine.train;

import java.util.function.IntFunction;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Clipping;

/**
 * One optimizer step on a network from gradients given per layer: {@link OptimizerState#advance()},
 * the gradients clipped (if asked, {@link Clipping}), then every parameter in a fixed order (layer 1
 * weights, layer 1 bias, layer 2 weights, ...), masked connections set back to zero. {@link TrainingStep#apply} takes it with the gradients of
 * its own pass; a distributed driver takes it with gradients averaged over workers.
 */
public final class ParameterUpdate {

    private final Network network;
    private final Optimizer optimizer;
    private final String[] weightNames;
    private final String[] biasNames;
    private final Clipping clipping;

    public ParameterUpdate(Network network, Optimizer optimizer) {
        this(network, optimizer, Clipping.NONE);
    }

    /** @param clipping applied to the gradients before the optimizer's step */
    public ParameterUpdate(Network network, Optimizer optimizer, Clipping clipping) {
        this.network = network;
        this.optimizer = optimizer;
        this.clipping = clipping;
        this.weightNames = new String[network.depth()];
        this.biasNames = new String[network.depth()];
        for (int l = 1; l <= network.depth(); l++) {
            weightNames[l - 1] = Network.weightsName(l);
            biasNames[l - 1] = Network.biasName(l);
        }
    }

    /**
     * @param weightGradients dJ/dW by 1-based layer, averaged over the batch
     * @param biasGradients   dJ/db by 1-based layer (unused for layers without bias)
     */
    public void apply(
            OptimizerState state, IntFunction<double[]> weightGradients, IntFunction<double[]> biasGradients) {
        state.advance();
        if (clipping.active()) {
            clipping.apply(network, weightGradients, biasGradients);
        }
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layers().get(l);
            double[] weights = layer.weights();
            optimizer.update(weightNames[l], weights, weightGradients.apply(l + 1), weights.length, state);
            if (layer.hasBias()) {
                optimizer.update(biasNames[l], layer.bias(), biasGradients.apply(l + 1), layer.units(), state);
            }
            if (layer.isMasked()) {
                layer.applyMask(weights, layer.bias());
            }
        }
    }
}
