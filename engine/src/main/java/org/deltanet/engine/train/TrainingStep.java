package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * One gradient-descent step on a batch already gathered into {@link #pass()}'s input and target
 * buffers: inputs (must be finite: an activation such as relu maps NaN to 0, which would hide it
 * from the later checks while the weights turn NaN), forward pass, loss (must be finite; when it
 * is not, the first layer whose net input or outputs ran away is named), backward pass (every
 * layer's deltas must be finite), then {@link OptimizerState#advance()} and the optimizer's update of every parameter in a
 * fixed order (layer 1 weights, layer 1 bias, layer 2 weights, ...), re-zeroing masked
 * connections. What {@link Trainer} runs for every batch, open to benchmarks and custom loops.
 *
 * <p>Buffers are allocated by the constructor; {@link #run} allocates nothing. Not thread-safe.
 */
public final class TrainingStep {

    private final Network network;
    private final Optimizer optimizer;
    private final Backpropagation pass;
    private final String[] weightNames;
    private final String[] biasNames;

    /**
     * @param capacity the largest batch this step will be asked to process
     */
    public TrainingStep(Network network, Loss loss, Optimizer optimizer, MatrixKernels kernels, int capacity) {
        this.network = network;
        this.optimizer = optimizer;
        this.pass = new Backpropagation(network, loss, kernels, capacity);
        this.weightNames = new String[network.depth()];
        this.biasNames = new String[network.depth()];
        for (int l = 1; l <= network.depth(); l++) {
            weightNames[l - 1] = Network.weightsName(l);
            biasNames[l - 1] = Network.biasName(l);
        }
    }

    /** The pass whose {@link Backpropagation#input()} and {@link Backpropagation#target()} the caller fills. */
    public Backpropagation pass() {
        return pass;
    }

    /**
     * Trains on the first {@code rows} examples of the pass's buffers.
     *
     * @param epoch     1-based epoch, for the message if training diverges
     * @param batch     1-based batch within the epoch, likewise
     * @param deltaSums per layer, the sum of |delta| over this batch is added in
     * @return the batch's mean loss before the step
     * @throws TrainingDivergedException if an input, the loss or a delta is not finite (parameters
     *         untouched)
     * @throws NonFiniteOutputException if an activation returned NaN or infinity for a finite net input
     */
    public double run(int rows, OptimizerState state, int epoch, int batch, double[] deltaSums) {
        double inputs = sumAbs(pass.input(), rows * network.inputSize());
        if (!Double.isFinite(inputs)) {
            throw new TrainingDivergedException(epoch, batch, "the input data", inputs);
        }
        pass.forward(rows);
        double batchLoss = pass.loss(rows);
        if (!Double.isFinite(batchLoss)) {
            throw lossDiverged(rows, epoch, batch, batchLoss);
        }
        pass.backward(rows);
        List<Layer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            double sum = sumAbs(pass.delta(l + 1), rows * layers.get(l).units());
            if (!Double.isFinite(sum)) {
                throw new TrainingDivergedException(epoch, batch, "the deltas of layer " + (l + 1), sum);
            }
            deltaSums[l] += sum;
        }
        state.advance();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            double[] weights = layer.weights();
            optimizer.update(weightNames[l], weights, pass.weightGradient(l + 1), weights.length, state);
            if (layer.hasBias()) {
                optimizer.update(biasNames[l], layer.bias(), pass.biasGradient(l + 1), layer.units(), state);
            }
            if (layer.isMasked()) {
                layer.applyMask(weights, layer.bias());
            }
        }
        return batchLoss;
    }

    /**
     * A non-finite loss, blamed on the first layer whose net input is not finite (the layer whose
     * weights ran away), or on the loss itself when every layer stayed finite.
     *
     * @throws NonFiniteOutputException if a layer's activation made a non-finite output of a finite
     *         net input
     */
    private TrainingDivergedException lossDiverged(int rows, int epoch, int batch, double loss) {
        for (int l = 1; l <= network.depth(); l++) {
            int length = rows * network.layer(l).units();
            int at = firstNonFinite(pass.netInput(l), length);
            if (at >= 0) {
                return new TrainingDivergedException(epoch, batch, "the net input of layer " + l,
                        pass.netInput(l)[at]);
            }
            at = firstNonFinite(pass.activation(l), length);
            if (at >= 0) {
                // the net input was finite: the activation made the NaN, not the weights
                throw new NonFiniteOutputException(network.layer(l).activation(), pass.activation(l)[at], l,
                        epoch, batch);
            }
        }
        return new TrainingDivergedException(epoch, batch, "the loss", loss);
    }

    private static int firstNonFinite(double[] values, int length) {
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }

    private static double sumAbs(double[] values, int length) {
        double sum = 0.0;
        for (int i = 0; i < length; i++) {
            sum += Math.abs(values[i]);
        }
        return sum;
    }
}
