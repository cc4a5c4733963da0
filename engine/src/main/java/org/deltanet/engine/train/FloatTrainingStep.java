package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.Sums;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * {@link TrainingStep} in single precision ({@code precision: float32}): the same checks (finite
 * inputs, loss and deltas, the blame for a non-finite loss), the same statistics, and the
 * optimizer's {@code float[]} update of every parameter in the same order and under the same names
 * as {@link ParameterUpdate}, on the float parameters of its {@link FloatPass}. The network's own
 * (double) parameters change only when {@link FloatPass#store()} is called. Allocates nothing per
 * step. Not thread-safe.
 */
public final class FloatTrainingStep {

    private final Network network;
    private final FloatPass pass;
    private final Optimizer optimizer;
    private final String[] weightNames;
    private final String[] biasNames;
    private final double[] deltaSums;

    /** @param capacity the largest batch this step will be asked to process */
    public FloatTrainingStep(Network network, Loss loss, Optimizer optimizer, FloatKernels kernels, int capacity) {
        this.network = network;
        this.pass = new FloatPass(network, loss, kernels, capacity);
        this.optimizer = optimizer;
        this.weightNames = new String[network.depth()];
        this.biasNames = new String[network.depth()];
        for (int l = 1; l <= network.depth(); l++) {
            weightNames[l - 1] = Network.weightsName(l);
            biasNames[l - 1] = Network.biasName(l);
        }
        this.deltaSums = new double[network.depth()];
    }

    /** The pass whose input and target buffers the caller fills. */
    public FloatPass pass() {
        return pass;
    }

    /** {@link #computeGradients}, then {@link #apply}; returns the batch's mean loss before the step. */
    public double run(int rows, OptimizerState state, int epoch, int batch, StepStatistics statistics) {
        double batchLoss = computeGradients(rows, epoch, batch, statistics);
        apply(state);
        return batchLoss;
    }

    /** As {@link TrainingStep#computeGradients}, in float. */
    public double computeGradients(int rows, int epoch, int batch, StepStatistics statistics) {
        double inputs = Sums.sumAbs(pass.input(), rows * network.inputSize());
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
            double sum = Sums.sumAbs(pass.delta(l + 1), rows * layers.get(l).units());
            if (!Double.isFinite(sum)) {
                throw new TrainingDivergedException(epoch, batch, "the deltas of layer " + (l + 1), sum);
            }
            deltaSums[l] = sum;
        }
        for (int l = 0; l < layers.size(); l++) {
            statistics.addDeltas(l, deltaSums[l]);
        }
        statistics.addBatch(
                batchLoss, rows, Accuracy.correct(pass.output(), pass.target(), rows, network.outputSize()));
        return batchLoss;
    }

    /** Advances the state and lets the optimizer update every float parameter; masked entries back to 0. */
    public void apply(OptimizerState state) {
        state.advance();
        for (int l = 0; l < network.depth(); l++) {
            Layer layer = network.layers().get(l);
            float[] weights = pass.weights(l + 1);
            float[] bias = pass.bias(l + 1);
            optimizer.update(weightNames[l], weights, pass.weightGradient(l + 1), weights.length, state);
            if (bias != null) {
                optimizer.update(biasNames[l], bias, pass.biasGradient(l + 1), layer.units(), state);
            }
            if (layer.isMasked()) {
                layer.applyMask(weights, bias);
            }
        }
    }

    private TrainingDivergedException lossDiverged(int rows, int epoch, int batch, double loss) {
        for (int l = 1; l <= network.depth(); l++) {
            int length = rows * network.layer(l).units();
            int at = firstNonFinite(pass.netInput(l), length);
            if (at >= 0) {
                return new TrainingDivergedException(epoch, batch, "the net input of layer " + l, pass.netInput(l)[at]);
            }
            at = firstNonFinite(pass.activation(l), length);
            if (at >= 0) {
                throw new NonFiniteOutputException(
                        network.layer(l).activation(), pass.activation(l)[at], l, epoch, batch);
            }
        }
        return new TrainingDivergedException(epoch, batch, "the loss", loss);
    }

    private static int firstNonFinite(float[] values, int length) {
        for (int i = 0; i < length; i++) {
            if (!Float.isFinite(values[i])) {
                return i;
            }
        }
        return -1;
    }
}
