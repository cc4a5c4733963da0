package org.deltanet.bench;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.engine.train.Backpropagation;
import org.deltanet.engine.train.FloatTrainingStep;
import org.deltanet.engine.train.Step;
import org.openjdk.jmh.annotations.Param;

/**
 * {@link MnistStepBenchmark} with {@code precision: float32}: the batch gathered straight into
 * the float step by the dataset's float gather as {@code Trainer} does in float32, products on
 * {@link Kernels#bestFloat(int)} with {@link #threads} threads each (measured per product shape, as
 * a float32 run's). One thread by default; {@code -p threads=1,2} for the two-thread rows.
 */
public class Float32TrainingBenchmark extends MnistStepBenchmark {

    /** Threads per matrix product ({@link Kernels#bestFloat(int)}). */
    @Param({"1"})
    public int threads;

    @Override
    protected Step<?> step(Network network, Loss loss, Optimizer optimizer, Regularization regularization) {
        var kernels = Kernels.bestFloat(threads);
        kernels.measure(Backpropagation.products(network, batch)); // as a run does: timed, and planned
        return new FloatTrainingStep(network, loss, optimizer, kernels, batch, regularization, 1L);
    }
}
