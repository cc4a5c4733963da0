package org.deltanet.bench;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.engine.train.Backpropagation;
import org.deltanet.engine.train.Step;
import org.deltanet.engine.train.TrainingStep;
import org.openjdk.jmh.annotations.Param;

/** {@link MnistStepBenchmark} in float64, the products on {@link Kernels#best(int)}. */
public class TrainingBenchmark extends MnistStepBenchmark {

    /** Threads per matrix product ({@link Kernels#best(int)}). */
    @Param({"1", "2"})
    public int threads;

    @Override
    protected Step<?> step(Network network, Loss loss, Optimizer optimizer, Regularization regularization) {
        var kernels = Kernels.best(threads);
        kernels.measure(Backpropagation.products(network, batch)); // as a run does: timed, and planned
        return new TrainingStep(network, loss, optimizer, kernels, batch, regularization, 1L);
    }
}
