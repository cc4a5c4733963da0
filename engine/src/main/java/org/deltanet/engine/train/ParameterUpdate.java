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
 * weights, layer 1 bias, layer 2 weights, ...), masked connections set back to zero. A distributed driver takes it with gradients averaged over
 * workers; {@link Step#apply} takes the same {@link Core} with the parameters and gradients of its
 * own pass, in its precision.
 */
public final class ParameterUpdate {

    private final Core<double[]> core;
    private final IntFunction<double[]> weights;
    private final IntFunction<double[]> biases;

    public ParameterUpdate(Network network, Optimizer optimizer) {
        this(network, optimizer, Clipping.NONE);
    }

    /** @param clipping applied to the gradients before the optimizer's step */
    public ParameterUpdate(Network network, Optimizer optimizer, Clipping clipping) {
        DoubleArithmetic numbers = new DoubleArithmetic(null);
        this.core = new Core<>(network, optimizer, numbers, GradientHooks.clipping(network, clipping, numbers));
        this.weights = l -> network.layer(l).weights();
        this.biases = l -> network.layer(l).bias();
    }

    /**
     * @param weightGradients dJ/dW by 1-based layer, averaged over the batch
     * @param biasGradients   dJ/db by 1-based layer (unused for layers without bias)
     */
    public void apply(
            OptimizerState state, IntFunction<double[]> weightGradients, IntFunction<double[]> biasGradients) {
        core.apply(state, weights, biases, weightGradients, biasGradients);
    }

    /** Something done to the gradients by 1-based layer, in place (clipping, a penalty's gradient). */
    interface GradientHook<A> {
        void apply(IntFunction<A> weightGradients, IntFunction<A> biasGradients);
    }

    /** The update in one precision: the optimizer's method for its arrays, masks through the arithmetic. */
    static final class Core<A> {
        private final Network network;
        private final Optimizer optimizer;
        private final Arithmetic<A> numbers;
        private final GradientHook<A> clipping;
        private final String[] weightNames;
        private final String[] biasNames;

        /** @param clipping applied to the gradients after {@link OptimizerState#advance()}, or null */
        Core(Network network, Optimizer optimizer, Arithmetic<A> numbers, GradientHook<A> clipping) {
            this.network = network;
            this.optimizer = optimizer;
            this.numbers = numbers;
            this.clipping = clipping;
            this.weightNames = new String[network.depth()];
            this.biasNames = new String[network.depth()];
            for (int l = 1; l <= network.depth(); l++) {
                weightNames[l - 1] = Network.weightsName(l);
                biasNames[l - 1] = Network.biasName(l);
            }
        }

        /** Parameters and gradients by 1-based layer; biases null for layers without bias. */
        void apply(
                OptimizerState state,
                IntFunction<A> weights,
                IntFunction<A> biases,
                IntFunction<A> weightGradients,
                IntFunction<A> biasGradients) {
            state.advance();
            if (clipping != null) {
                clipping.apply(weightGradients, biasGradients);
            }
            for (int l = 0; l < network.depth(); l++) {
                Layer layer = network.layers().get(l);
                A w = weights.apply(l + 1);
                numbers.update(
                        optimizer, weightNames[l], w, weightGradients.apply(l + 1), layer.weights().length, state);
                A b = layer.hasBias() ? biases.apply(l + 1) : null;
                if (b != null) {
                    numbers.update(optimizer, biasNames[l], b, biasGradients.apply(l + 1), layer.units(), state);
                }
                if (layer.isMasked()) {
                    numbers.applyMask(layer, w, b);
                }
            }
        }
    }
}
