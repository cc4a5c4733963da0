package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Trainer;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.config.TrainingSection;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Provides the matrix kernels ({@link Kernels#best(int)}: the fastest per product shape, by measurement, on
 * the run's {@link RunSettings#threads() threads}), the training settings (checked against the data, with
 * the regularization of {@link RegularizationFactory}) and the trainers (float64, and float32 with the
 * float kernels, {@link Kernels#bestFloat(int)}, chosen the same way).
 */
final class TrainerModule extends AbstractModule {

    @Provides
    @Singleton
    MatrixKernels kernels(RunSettings settings) {
        return Kernels.best(settings.threads());
    }

    @Provides
    @Singleton
    TrainingConfig trainingConfig(ExperimentConfig config, ExperimentData data, Network network) {
        TrainingSection training = config.training();
        TrainingConfig engine = new TrainingConfig(
                training.mode().engineMode(),
                training.batchSize(),
                training.epochs(),
                training.shuffle(),
                config.seed(),
                RegularizationFactory.build(config, data, network.depth()));
        Keyed.at(
                YamlPath.root().key("training").key("batch-size"),
                () -> engine.batchSizeFor(data.training().size()));
        return engine;
    }

    @Provides
    @Singleton
    Trainer trainer(
            ExperimentConfig config,
            Network network,
            Loss loss,
            Optimizer optimizer,
            TrainingConfig training,
            MatrixKernels kernels,
            Provider<FloatKernels> floatKernels) {
        return new Trainer(
                network,
                loss,
                optimizer,
                training,
                kernels,
                config.precision() == Precision.FLOAT32 ? floatKernels.get() : null);
    }

    @Provides
    @Singleton
    FloatKernels floatKernels(RunSettings settings) {
        return Kernels.bestFloat(settings.threads());
    }
}
