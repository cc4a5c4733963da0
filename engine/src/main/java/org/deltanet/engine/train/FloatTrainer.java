package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;

/**
 * {@link Trainer} in single precision ({@code precision: float32}): the same {@link EpochLoop},
 * seeded order of examples and resumption, with each batch gathered (in double, as every dataset
 * gives it) then rounded into a {@link FloatTrainingStep}. The network's parameters are the float
 * ones widened: written back whenever the loop settles (end of an epoch, a stop between steps, a
 * step that diverged), so validation, listeners, checkpoints and model files see float-valued
 * doubles; a run resumed from them continues exactly. Validation runs in double on those values.
 */
public final class FloatTrainer implements TrainingLoop {

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final FloatKernels floatKernels;
    private final MatrixKernels kernels;

    /**
     * @param config  without regularization (refused: it trains in float64 only)
     * @param kernels the double kernels, for validation
     */
    public FloatTrainer(
            Network network,
            Loss loss,
            Optimizer optimizer,
            TrainingConfig config,
            FloatKernels floatKernels,
            MatrixKernels kernels) {
        if (config.regularization().active()) {
            throw new IllegalArgumentException(
                    "regularization, dropout, clipping and class weights train in float64 only; use precision: float64");
        }
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.config = config;
        this.floatKernels = floatKernels;
        this.kernels = kernels;
    }

    /** The float kernels' name, for the run's announcement and summary. */
    public String kernelsName() {
        return floatKernels.name();
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
        FloatTrainingStep step = new FloatTrainingStep(network, loss, optimizer, floatKernels, batchSize);
        return new EpochLoop(network, loss, optimizer, config, kernels)
                .run(new Batches(training, batchSize, step), validation, listeners, state, from);
    }

    /** One float step per mini-batch, in the epoch's seeded order. */
    private final class Batches implements EpochSteps {
        private final Dataset training;
        private final int batchSize;
        private final FloatTrainingStep step;
        private final int[] order;
        private final double[] features;
        private final double[] targets;

        Batches(Dataset training, int batchSize, FloatTrainingStep step) {
            this.training = training;
            this.batchSize = batchSize;
            this.step = step;
            this.order = new int[training.size()];
            this.features = new double[batchSize * network.inputSize()];
            this.targets = new double[batchSize * network.outputSize()];
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
            training.gather(order, from, rows, features, targets);
            round(features, step.pass().input(), rows * network.inputSize());
            round(targets, step.pass().target(), rows * network.outputSize());
            try {
                step.run(rows, state, epoch, batch + 1, statistics);
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

        private static void round(double[] from, float[] to, int n) {
            for (int i = 0; i < n; i++) {
                to[i] = (float) from[i];
            }
        }
    }
}
