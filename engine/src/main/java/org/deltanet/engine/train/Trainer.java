package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;

/**
 * Gradient descent over epochs of (optionally shuffled) batches.
 *
 * <p>Each step gathers a batch and runs a {@link TrainingStep}: it checks that the inputs are
 * finite, runs {@link Backpropagation}, checks that the loss and every layer's deltas are finite,
 * then lets the optimizer update every parameter in a fixed order (layer 1 weights, layer 1 bias,
 * layer 2 weights, ...). Epoch {@code e}'s order of examples depends only on the seed and
 * {@code e}, so a run resumed after epoch {@code e} continues exactly as the uninterrupted run:
 * same seed, same weights, bit for bit. Buffers are allocated before the first step; steps
 * allocate nothing.
 */
public final class Trainer implements TrainingLoop {

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final MatrixKernels kernels;

    public Trainer(Network network, Loss loss, Optimizer optimizer, TrainingConfig config,
                   MatrixKernels kernels) {
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.config = config;
        this.kernels = kernels;
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
        TrainingStep step = new TrainingStep(network, loss, optimizer, kernels, batchSize);
        Backpropagation pass = step.pass();
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
                double batchLoss = step.run(rows, state, epoch, batch + 1, deltaSums);
                lossSum += batchLoss * rows;
                correct += Accuracy.correct(pass.output(), pass.target(), rows, network.outputSize());
                for (int i = 0; i < listeners.size(); i++) {
                    listeners.get(i).onBatchEnd(epoch, batch + 1, batches, batchLoss);
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

    private double[] meanAbsDelta(double[] deltaSums, int examples) {
        double[] means = new double[deltaSums.length];
        for (int l = 0; l < means.length; l++) {
            means[l] = deltaSums[l] / ((double) examples * network.layers().get(l).units());
        }
        return means;
    }
}
