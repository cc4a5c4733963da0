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
 * <p>Runs the {@link EpochLoop} with one step per batch: each gathers a batch and runs a
 * {@link TrainingStep}: it checks that the inputs are
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
    private final ScheduledOptimizer optimizer;
    private final TrainingConfig config;
    private final MatrixKernels kernels;

    /**
     * @param optimizer the optimizer, or a {@link ScheduledOptimizer} to follow a learning-rate
     *                  schedule
     */
    public Trainer(Network network, Loss loss, Optimizer optimizer, TrainingConfig config, MatrixKernels kernels) {
        this.network = network;
        this.loss = loss;
        this.optimizer = ScheduledOptimizer.of(optimizer);
        this.config = config;
        this.kernels = kernels;
    }

    /** Trains from the first epoch with a fresh optimizer state. */
    public TrainingResult train(Dataset training, Dataset validation, List<TrainingListener> listeners) {
        return resume(training, validation, listeners, new OptimizerState(), 0);
    }

    @Override
    public TrainingResult resume(
            Dataset training,
            Dataset validation,
            List<TrainingListener> listeners,
            OptimizerState state,
            TrainingPosition from) {
        DataShape.requireFits(network, training, "training data");
        int batchSize = config.batchSizeFor(training.size());
        TrainingStep step =
                new TrainingStep(network, loss, optimizer, kernels, batchSize, config.regularization(), config.seed());
        return new EpochLoop(network, loss, optimizer, config, kernels)
                .run(new Batches(training, batchSize, step), validation, listeners, state, from);
    }

    /** One step per mini-batch, in the epoch's seeded order. */
    private final class Batches implements EpochSteps {
        private final Dataset training;
        private final int batchSize;
        private final TrainingStep step;
        private final int[] order;

        Batches(Dataset training, int batchSize, TrainingStep step) {
            this.training = training;
            this.batchSize = batchSize;
            this.step = step;
            this.order = new int[training.size()];
        }

        @Override
        public int count() {
            return (training.size() + batchSize - 1) / batchSize;
        }

        @Override
        public void startEpoch(int epoch) {
            config.fillOrder(epoch, order);
        }

        @Override
        public OptimizerState take(int epoch, int batch, OptimizerState state, StepStatistics statistics) {
            int from = batch * batchSize;
            int rows = Math.min(batchSize, training.size() - from);
            training.gather(order, from, rows, step.pass().input(), step.pass().target());
            step.run(rows, state, epoch, batch + 1, statistics);
            return state;
        }
    }
}
