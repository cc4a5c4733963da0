package org.deltanet.engine.train;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Regularization;

/**
 * The {@link Step} in single precision ({@code precision: float32}): a {@link FloatPass} and the
 * optimizer's {@code float[]} update of its float parameters, under the same names and in the same
 * order as in double, with regularization if asked, as {@link TrainingStep} has it (the penalty's
 * gradient at the float parameters). The network's own (double) parameters change only when
 * {@link FloatPass#store()} is called. Allocates nothing per step. Not thread-safe.
 */
public final class FloatTrainingStep extends Step<float[]> {

    /** @param capacity the largest batch this step will be asked to process */
    public FloatTrainingStep(Network network, Loss loss, Optimizer optimizer, FloatKernels kernels, int capacity) {
        this(network, loss, optimizer, kernels, capacity, Regularization.NONE, 0L);
    }

    /**
     * A step with regularization, as {@link TrainingStep#TrainingStep(Network, Loss, Optimizer,
     * org.deltanet.engine.math.MatrixKernels, int, Regularization, long) TrainingStep's}: the same
     * dropout masks for the same seed, epoch and step.
     *
     * @param capacity the largest batch this step will be asked to process
     * @param seed     the run's seed, for the dropout masks
     */
    public FloatTrainingStep(
            Network network,
            Loss loss,
            Optimizer optimizer,
            FloatKernels kernels,
            int capacity,
            Regularization regularization,
            long seed) {
        super(
                network,
                loss,
                optimizer,
                capacity,
                regularization,
                seed,
                (trainingLoss, dropout) -> new FloatPass(network, trainingLoss, kernels, capacity, dropout));
    }

    /** The pass whose input and target buffers the caller fills. */
    @Override
    public FloatPass pass() {
        return (FloatPass) super.pass();
    }
}
