package org.deltanet.engine.train;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Network;

/**
 * The {@link Step} in single precision ({@code precision: float32}): a {@link FloatPass} and the
 * optimizer's {@code float[]} update of its float parameters, under the same names and in the same
 * order as in double. The network's own (double) parameters change only when
 * {@link FloatPass#store()} is called. Allocates nothing per step. Not thread-safe.
 */
public final class FloatTrainingStep extends Step<float[]> {

    /** @param capacity the largest batch this step will be asked to process */
    public FloatTrainingStep(Network network, Loss loss, Optimizer optimizer, FloatKernels kernels, int capacity) {
        super(new FloatPass(network, loss, kernels, capacity), optimizer, null, null, 0L);
    }

    /** The pass whose input and target buffers the caller fills. */
    @Override
    public FloatPass pass() {
        return (FloatPass) super.pass();
    }
}
