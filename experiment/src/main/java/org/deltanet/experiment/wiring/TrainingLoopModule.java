package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import org.deltanet.engine.train.Trainer;
import org.deltanet.engine.train.TrainingLoop;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;

/**
 * Provides the {@link TrainingLoop}: by default the single-machine {@link Trainer} (in float32 with
 * {@code precision: float32}). An
 * {@link WiringExtension} (a deltanet module on the class path) may replace it with
 * {@code OptionalBinder.newOptionalBinder(binder(), TrainingLoop.class).setBinding()}, as the
 * Spark module does for {@code training.distributed}; without such an extension a distributed
 * experiment is refused rather than quietly trained on one machine.
 */
final class TrainingLoopModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), TrainingLoop.class)
                .setDefault()
                .to(Key.get(TrainingLoop.class, Names.named(WiredExperiment.SINGLE_MACHINE)));
    }

    @Provides
    @Singleton
    @Named(WiredExperiment.SINGLE_MACHINE)
    TrainingLoop singleMachine(ExperimentConfig config, Provider<Trainer> trainer) {
        if (config.training().distributed() != null) {
            throw new ConfigException("training.distributed: data-parallel training runs on Spark, and the "
                    + "deltanet-spark module is not on the class path; remove training.distributed to train here");
        }
        return trainer.get();
    }
}
