package org.deltanet.engine.train;

import java.util.List;
import java.util.Optional;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;

/**
 * Gradient descent over epochs of (optionally shuffled) batches, in double precision or, with
 * float kernels, in single precision ({@code precision: float32}).
 *
 * <p>Runs the {@link EpochLoop} with one step per batch: each gathers a batch and runs a
 * {@link Step} ({@link TrainingStep}, or {@link FloatTrainingStep} on float copies of the
 * parameters): it checks that the inputs are finite, runs the {@link Pass}, checks that the loss
 * and every layer's deltas are finite, then lets the optimizer update every parameter in a fixed
 * order (layer 1 weights, layer 1 bias, layer 2 weights, ...). Epoch {@code e}'s order of examples
 * depends only on the seed and {@code e}, so a run resumed after epoch {@code e} continues exactly
 * as the uninterrupted run: same seed, same weights, bit for bit. In float32 the network's
 * parameters are the float ones widened, written back whenever the loop settles (end of an epoch,
 * a stop between steps, a step that diverged), so validation (in double), listeners, checkpoints
 * and model files see float-valued doubles, and a run resumed from them continues exactly. Buffers
 * are allocated before the first step; steps allocate nothing. Before the first epoch a
 * {@link WarmUp} trains a copy of the network for a moment, so the first epoch runs at full speed.
 */
public final class Trainer implements TrainingLoop {

    private final Network network;
    private final Loss loss;
    private final ScheduledOptimizer optimizer;
    private final TrainingConfig config;
    private final MatrixKernels kernels;
    private final FloatKernels floatKernels;

    /**
     * A float64 trainer.
     *
     * @param optimizer the optimizer, or a {@link ScheduledOptimizer} to follow a learning-rate
     *                  schedule
     */
    public Trainer(Network network, Loss loss, Optimizer optimizer, TrainingConfig config, MatrixKernels kernels) {
        this(network, loss, optimizer, config, kernels, null);
    }

    /**
     * A float32 trainer when {@code floatKernels} is given, else float64.
     *
     * @param kernels      the double kernels: the float64 products, and validation in either precision
     * @param floatKernels the float kernels of a float32 run, or null
     */
    public Trainer(
            Network network,
            Loss loss,
            Optimizer optimizer,
            TrainingConfig config,
            MatrixKernels kernels,
            FloatKernels floatKernels) {
        this.network = network;
        this.loss = loss;
        this.optimizer = ScheduledOptimizer.of(optimizer);
        this.config = config;
        this.kernels = kernels;
        this.floatKernels = floatKernels;
    }

    @Override
    public Optional<FloatKernels> floatKernels() {
        return Optional.ofNullable(floatKernels);
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
        WarmUp.run(network, copy -> batches(copy, training, batchSize), listeners);
        EpochSteps steps = batches(network, training, batchSize);
        return new EpochLoop(network, loss, optimizer, config, kernels).run(steps, validation, listeners, state, from);
    }

    /** The run's steps, for {@code net}: the network itself, or a copy to warm up on. */
    private EpochSteps batches(Network net, Dataset training, int batchSize) {
        return floatKernels == null
                ? new Batches<>(
                        training,
                        batchSize,
                        new TrainingStep(
                                net, loss, optimizer, kernels, batchSize, config.regularization(), config.seed()))
                : new Batches<>(
                        training,
                        batchSize,
                        new FloatTrainingStep(
                                net, loss, optimizer, floatKernels, batchSize, config.regularization(), config.seed()));
    }

    /** One step per mini-batch, in the epoch's seeded order. */
    private final class Batches<A> implements EpochSteps {
        private final Dataset training;
        private final int batchSize;
        private final Step<A> step;
        private final int[] order;

        Batches(Dataset training, int batchSize, Step<A> step) {
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
        public void assemble(int batch) {
            step.pass().gather(training, order, batch * batchSize, rows(batch));
        }

        @Override
        public OptimizerState take(int epoch, int batch, OptimizerState state, StepStatistics statistics) {
            int rows = rows(batch);
            assemble(batch);
            try {
                step.train(rows, state, epoch, batch + 1, statistics);
            } catch (RuntimeException diverged) {
                settle();
                throw diverged;
            }
            return state;
        }

        @Override
        public void settle() {
            step.pass().store();
        }

        /** The rows of batch {@code batch}: the batch size, or what is left for the last one. */
        private int rows(int batch) {
            return Math.min(batchSize, training.size() - batch * batchSize);
        }
    }
}
