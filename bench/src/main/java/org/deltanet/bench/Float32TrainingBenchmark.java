package org.deltanet.bench;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.engine.train.FloatTrainingStep;
import org.deltanet.engine.train.Step;

/**
 * {@link MnistStepBenchmark} with {@code precision: float32}: one thread, the batch gathered
 * straight into the float step by the dataset's float gather as {@code Trainer} does in float32,
 * products on {@link Kernels#bestFloat(int)} with one thread (measured per product shape, as a
 * float32 run's).
 */
public class Float32TrainingBenchmark extends MnistStepBenchmark {

    @Override
    protected Step<?> step(Network network, Loss loss, Optimizer optimizer, Regularization regularization) {
        return new FloatTrainingStep(network, loss, optimizer, Kernels.bestFloat(1), batch, regularization, 1L);
    }
}
