package org.deltanet.engine.train;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Regularization;

/**
 * The {@link Step} in double precision: a {@link Backpropagation} and the optimizer's update of the
 * network's own parameters, with regularization if asked. Allocates nothing per step. Not
 * thread-safe.
 */
public final class TrainingStep extends Step<double[]> {

    /** @param capacity the largest batch this step will be asked to process */
    public TrainingStep(Network network, Loss loss, Optimizer optimizer, MatrixKernels kernels, int capacity) {
        this(network, loss, optimizer, kernels, capacity, Regularization.NONE, 0L);
    }

    /**
     * A step with regularization: the loss weighted by class, dropout masks drawn from
     * {@code seed} and each step's epoch and number, the penalty's gradient added to the loss's
     * (its value is not part of the loss the step reports), the gradients clipped before the
     * optimizer's step.
     *
     * @param capacity the largest batch this step will be asked to process
     * @param seed     the run's seed, for the dropout masks
     */
    public TrainingStep(
            Network network,
            Loss loss,
            Optimizer optimizer,
            MatrixKernels kernels,
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
                (trainingLoss, dropout) -> new Backpropagation(network, trainingLoss, kernels, capacity, dropout));
    }

    /** The pass whose {@link Backpropagation#input()} and {@link Backpropagation#target()} the caller fills. */
    @Override
    public Backpropagation pass() {
        return (Backpropagation) super.pass();
    }
}
