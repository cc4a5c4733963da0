package org.deltanet.spark.distributed;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.engine.train.TrainingLoop;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.wiring.WiredExperiment;

/**
 * The training loop an experiment asks for: distributed if it has {@code training.distributed}, else one machine's
 * (the default binding's: float64 or float32 as the experiment says).
 */
final class DistributedLoopProvider implements Provider<TrainingLoop> {

    private final ExperimentConfig config;
    private final Provider<TrainingLoop> singleMachine;
    private final Provider<Network> network;
    private final Provider<Loss> loss;
    private final Provider<Optimizer> optimizer;
    private final Provider<TrainingConfig> training;
    private final Provider<MatrixKernels> kernels;
    private final Provider<FloatKernels> floatKernels;

    @Inject
    DistributedLoopProvider(
            ExperimentConfig config,
            @Named(WiredExperiment.SINGLE_MACHINE) Provider<TrainingLoop> singleMachine,
            Provider<Network> network,
            Provider<Loss> loss,
            Provider<Optimizer> optimizer,
            Provider<TrainingConfig> training,
            Provider<MatrixKernels> kernels,
            Provider<FloatKernels> floatKernels) {
        this.config = config;
        this.singleMachine = singleMachine;
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.training = training;
        this.kernels = kernels;
        this.floatKernels = floatKernels;
    }

    @Override
    public TrainingLoop get() {
        if (config.training().distributed() == null) {
            return singleMachine.get();
        }
        boolean float32 = config.precision() == Precision.FLOAT32;
        return new DistributedTrainer(
                network.get(),
                loss.get(),
                optimizer.get(),
                training.get(),
                kernels.get(),
                float32 ? floatKernels.get() : null,
                config.training().distributed(),
                new ExperimentLoader().write(config),
                config.plugins(),
                config.spark(),
                float32);
    }
}
