package org.deltanet.spark.distributed;

import java.util.function.IntFunction;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * One optimizer step on a network from gradients given per layer, as the single-machine trainer
 * takes it: {@link OptimizerState#advance()}, then every parameter in the fixed order (layer 1
 * weights, layer 1 bias, layer 2 weights, ...), masked connections set back to zero. The driver
 * takes it with averaged gradients; a worker syncing every K &gt; 1 steps takes it with its own.
 */
final class ParameterUpdate {

    private final Network network;
    private final Optimizer optimizer;
    private final String[] weightNames;
    private final String[] biasNames;

    ParameterUpdate(Network network, Optimizer optimizer) {
        this.network = network;
        this.optimizer = optimizer;
        this.weightNames = new String[network.depth()];
        this.biasNames = new String[network.depth()];
        for (int l = 1; l <= network.depth(); l++) {
            weightNames[l - 1] = Network.weightsName(l);
            biasNames[l - 1] = Network.biasName(l);
        }
    }

    /** @param weightGradients dJ/dW by 1-based layer; {@code biasGradients} likewise */
    void apply(OptimizerState state, IntFunction<double[]> weightGradients, IntFunction<double[]> biasGradients) {
        state.advance();
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
