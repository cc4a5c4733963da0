package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;

/**
 * Gradient descent over epochs of (optionally shuffled) batches.
 *
 * <p>Each step gathers a batch, checks that its inputs are finite (an activation such as relu maps
 * NaN to 0, which would hide it from the later checks while the weights turn NaN), runs
 * {@link Backpropagation}, checks that the loss and every layer's deltas are finite, then lets the
 * optimizer update every parameter in a fixed order (layer 1 weights, layer 1 bias, layer 2
 * weights, ...). Epoch {@code e}'s order of examples depends only on the seed and {@code e}, so a
 * run resumed after epoch {@code e} continues exactly as the uninterrupted run: same seed, same
 * weights, bit for bit. Buffers are allocated before the first step; steps allocate nothing.
 */
public final class Trainer implements TrainingLoop {

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final MatrixKernels kernels;
    private final String[] weightNames;
    private final String[] biasNames;

    public Trainer(Network network, Loss loss, Optimizer optimizer, TrainingConfig config,
                   MatrixKernels kernels) {
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.config = config;
        this.kernels = kernels;
        this.weightNames = new String[network.depth()];
        this.biasNames = new String[network.depth()];
        for (int l = 1; l <= network.depth(); l++) {
            weightNames[l - 1] = Network.weightsName(l);
            biasNames[l - 1] = Network.biasName(l);
        }
    }

    /** Trains from the first epoch with a fresh optimizer state. */
    public TrainingResult train(Dataset training, Dataset validation, List<TrainingListener> listeners) {
        return resume(training, validation, listeners, new OptimizerState(), 0);
    }

    /**
     * Continues a run after {@code completedEpochs} epochs, with the optimizer state saved then
     * (the network must hold the weights saved then).
     *
     * @param validation may be null
     */
    @Override
    public TrainingResult resume(Dataset training, Dataset validation, List<TrainingListener> listeners,
                                 OptimizerState state, int completedEpochs) {
        DataShape.requireFits(network, training, "training data");
        int batchSize = config.batchSizeFor(training.size());
        int batches = (training.size() + batchSize - 1) / batchSize;
        Backpropagation pass = new Backpropagation(network, loss, kernels, batchSize);
        Evaluator evaluator = validation == null ? null : new Evaluator(network, loss, kernels);
        int[] order = new int[training.size()];
        double[] deltaSums = new double[network.depth()];

        listeners.forEach(l -> l.onStart(completedEpochs + 1, config.epochs(), batches));
        Metrics lastTraining = null;
        Metrics lastValidation = null;
        int epoch = completedEpochs;
        boolean stop = false;
        while (!stop && epoch < config.epochs()) {
            epoch++;
            long started = System.nanoTime();
            config.fillOrder(epoch, order);
            java.util.Arrays.fill(deltaSums, 0.0);
            double lossSum = 0.0;
            long correct = 0;
            for (int batch = 0; batch < batches; batch++) {
                int from = batch * batchSize;
                int rows = Math.min(batchSize, training.size() - from);
                training.gather(order, from, rows, pass.input(), pass.target());
                double batchLoss = step(pass, rows, state, epoch, batch + 1, deltaSums);
                lossSum += batchLoss * rows;
                correct += Accuracy.correct(pass.output(), pass.target(), rows, network.outputSize());
                for (TrainingListener listener : listeners) {
                    listener.onBatchEnd(epoch, batch + 1, batches, batchLoss);
                }
            }
            lastTraining = new Metrics(lossSum / training.size(), (double) correct / training.size());
            lastValidation = evaluator == null ? null : evaluator.evaluate(validation);
            EpochReport report = new EpochReport(epoch, config.epochs(), state.step(), lastTraining,
                    lastValidation, meanAbsDelta(deltaSums, training.size()), optimizer.learningRate(),
                    (System.nanoTime() - started) / 1e9, network, state);
            for (TrainingListener listener : listeners) {
                stop |= !listener.onEpochEnd(report);
            }
        }
        return new TrainingResult(epoch, stop && epoch < config.epochs(), lastTraining, lastValidation, state);
    }

    /** One gradient-descent step on the batch already in the pass's buffers; returns its loss. */
    private double step(Backpropagation pass, int rows, OptimizerState state, int epoch, int batch,
                        double[] deltaSums) {
        double inputs = sumAbs(pass.input(), rows * network.inputSize());
        if (!Double.isFinite(inputs)) {
            throw new TrainingDivergedException(epoch, batch, "the input data", inputs);
        }
        pass.forward(rows);
        double batchLoss = pass.loss(rows);
        if (!Double.isFinite(batchLoss)) {
            throw lossDiverged(pass, rows, epoch, batch, batchLoss);
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
     * A non-finite loss, blamed on the first layer whose net input or outputs are not finite (the
     * layer whose weights ran away), or on the loss itself when every layer stayed finite.
     */
    private TrainingDivergedException lossDiverged(Backpropagation pass, int rows, int epoch, int batch,
                                                   double loss) {
        for (int l = 1; l <= network.depth(); l++) {
            int length = rows * network.layer(l).units();
            int at = firstNonFinite(pass.netInput(l), length);
            if (at >= 0) {
                return new TrainingDivergedException(epoch, batch, "the net input of layer " + l,
                        pass.netInput(l)[at]);
            }
            at = firstNonFinite(pass.activation(l), length);
            if (at >= 0) {
                return new TrainingDivergedException(epoch, batch, "the outputs of layer " + l,
                        pass.activation(l)[at]);
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

    private double[] meanAbsDelta(double[] deltaSums, int examples) {
        double[] means = new double[deltaSums.length];
        for (int l = 0; l < means.length; l++) {
            means[l] = deltaSums[l] / ((double) examples * network.layers().get(l).units());
        }
        return means;
    }
}
