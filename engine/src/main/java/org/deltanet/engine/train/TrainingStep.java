package org.deltanet.engine.train;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;

/**
 * The {@link Step} in double precision: a {@link Backpropagation} and the optimizer's update of the
 * network's own parameters. Allocates nothing per step. Not thread-safe.
 */
public final class TrainingStep extends Step<double[]> {

    /** @param capacity the largest batch this step will be asked to process */
    public TrainingStep(Network network, Loss loss, Optimizer optimizer, MatrixKernels kernels, int capacity) {
        super(new Backpropagation(network, loss, kernels, capacity), optimizer);
    }

    /** The pass whose {@link Backpropagation#input()} and {@link Backpropagation#target()} the caller fills. */
    @Override
    public Backpropagation pass() {
        return (Backpropagation) super.pass();
    }
}
