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
 * weights, layer 1 bias, layer 2 weights, ...), masked connections set back to zero. A
 * distributed driver takes it with gradients averaged over workers, in double or as a float32 run
 * steps; {@link Step#apply} takes the same {@link Core} with the parameters and gradients of its own
 * pass, in its precision. Allocates nothing per step.
 */
public final class ParameterUpdate {

    private final Update update;

    /**
     * @param clipping applied to the gradients before the optimizer's step
     * @param float32  whether to step as {@code precision: float32} does: on the network's parameters
     *                 and the gradients rounded to float, with the optimizer's float update (its
     *                 state in float buffers), the parameters written back into the network
     *                 (exactly: every float is a double)
     */
    public ParameterUpdate(Network network, Optimizer optimizer, Clipping clipping, boolean float32) {
        this.update = float32 ? inFloat(network, optimizer, clipping) : inDouble(network, optimizer, clipping);
    }

    /**
     * @param weightGradients dJ/dW by 1-based layer, averaged over the batch
     * @param biasGradients   dJ/db by 1-based layer (unused for layers without bias)
     */
    public void apply(
            OptimizerState state, IntFunction<double[]> weightGradients, IntFunction<double[]> biasGradients) {
        update.apply(state, weightGradients, biasGradients);
    }

    /** The step in one precision, from gradients in double. */
    private interface Update {
        void apply(OptimizerState state, IntFunction<double[]> weightGradients, IntFunction<double[]> biasGradients);
    }

    private static Update inDouble(Network network, Optimizer optimizer, Clipping clipping) {
        DoubleArithmetic numbers = new DoubleArithmetic(null);
        Core<double[]> core =
                new Core<>(network, optimizer, numbers, GradientHooks.clipping(network, clipping, numbers));
        IntFunction<double[]> weights = l -> network.layer(l).weights();
        IntFunction<double[]> biases = l -> network.layer(l).bias();
        return (state, weightGradients, biasGradients) ->
                core.apply(state, weights, biases, weightGradients, biasGradients, null);
    }

    private static Update inFloat(Network network, Optimizer optimizer, Clipping clipping) {
        FloatArithmetic numbers = new FloatArithmetic(null);
        Core<float[]> core =
                new Core<>(network, optimizer, numbers, GradientHooks.clipping(network, clipping, numbers));
        int depth = network.depth();
        float[][] weights = new float[depth][];
        float[][] biases = new float[depth][];
        float[][] weightGradients = new float[depth][];
        float[][] biasGradients = new float[depth][];
        for (int l = 0; l < depth; l++) {
            Layer layer = network.layers().get(l);
            weights[l] = new float[layer.weights().length];
            weightGradients[l] = new float[layer.weights().length];
            biases[l] = layer.hasBias() ? new float[layer.units()] : null;
            biasGradients[l] = layer.hasBias() ? new float[layer.units()] : null;
        }
        IntFunction<float[]> weight = l -> weights[l - 1];
        IntFunction<float[]> bias = l -> biases[l - 1];
        IntFunction<float[]> weightGradient = l -> weightGradients[l - 1];
        IntFunction<float[]> biasGradient = l -> biasGradients[l - 1];
        return (state, doubleWeightGradients, doubleBiasGradients) -> {
            for (int l = 0; l < depth; l++) {
                Layer layer = network.layers().get(l);
                numbers.load(layer.weights(), weights[l]);
                numbers.load(doubleWeightGradients.apply(l + 1), weightGradients[l]);
                if (layer.hasBias()) {
                    numbers.load(layer.bias(), biases[l]);
                    numbers.load(doubleBiasGradients.apply(l + 1), biasGradients[l]);
                }
            }
            core.apply(state, weight, bias, weightGradient, biasGradient, null);
            for (int l = 0; l < depth; l++) {
                Layer layer = network.layers().get(l);
                numbers.store(weights[l], layer.weights());
                if (layer.hasBias()) {
                    numbers.store(biases[l], layer.bias());
                }
            }
        };
    }

    /** Something done to the gradients by 1-based layer, in place (clipping, a penalty's gradient). */
    interface GradientHook<A> {
        void apply(IntFunction<A> weightGradients, IntFunction<A> biasGradients);
    }

    /**
     * The layers whose weights are updated from the outer product of their delta and their input
     * (a batch of one) rather than from a gradient in memory.
     *
     * @param layers by 0-based layer, whether it is
     * @param deltas the left factors by 1-based layer
     * @param inputs the right factors by 1-based layer
     */
    record OuterProducts<A>(boolean[] layers, IntFunction<A> deltas, IntFunction<A> inputs) {}

    /** The update in one precision: the optimizer's method for its arrays, masks through the arithmetic. */
    static final class Core<A> {
        private final Network network;
        private final ScheduledOptimizer optimizer;
        private final Arithmetic<A> numbers;
        private final GradientHook<A> clipping;
        private final String[] weightNames;
        private final String[] biasNames;

        /** @param clipping applied to the gradients after {@link OptimizerState#advance()}, or null */
        Core(Network network, Optimizer optimizer, Arithmetic<A> numbers, GradientHook<A> clipping) {
            this.network = network;
            this.optimizer = ScheduledOptimizer.of(optimizer);
            this.numbers = numbers;
            this.clipping = clipping;
            this.weightNames = new String[network.depth()];
            this.biasNames = new String[network.depth()];
            for (int l = 1; l <= network.depth(); l++) {
                weightNames[l - 1] = Network.weightsName(l);
                biasNames[l - 1] = Network.biasName(l);
            }
        }

        /** Whether its optimizer can step {@link OuterProducts} in this precision, with no clipping in the way. */
        boolean updatesOuterProducts() {
            return clipping == null && numbers.updatesOuterProducts(optimizer);
        }

        /**
         * Parameters and gradients by 1-based layer; biases null for layers without bias.
         *
         * @param outerProducts the layers whose weight gradients are not in {@code weightGradients}
         *                      but outer products (only where {@link #updatesOuterProducts()}), or null
         */
        void apply(
                OptimizerState state,
                IntFunction<A> weights,
                IntFunction<A> biases,
                IntFunction<A> weightGradients,
                IntFunction<A> biasGradients,
                OuterProducts<A> outerProducts) {
            state.advance();
            if (clipping != null) {
                clipping.apply(weightGradients, biasGradients);
            }
            for (int l = 0; l < network.depth(); l++) {
                Layer layer = network.layers().get(l);
                A w = weights.apply(l + 1);
                if (outerProducts != null && outerProducts.layers()[l]) {
                    numbers.updateOuterProduct(
                            optimizer,
                            weightNames[l],
                            w,
                            outerProducts.deltas().apply(l + 1),
                            outerProducts.inputs().apply(l + 1),
                            layer.units(),
                            layer.inputs(),
                            state);
                } else {
                    numbers.update(
                            optimizer, weightNames[l], w, weightGradients.apply(l + 1), layer.weights().length, state);
                }
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
