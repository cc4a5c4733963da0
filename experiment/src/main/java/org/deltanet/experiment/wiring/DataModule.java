package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.experiment.config.ExperimentConfig;

/** Provides the experiment's {@link ExperimentData}, read once. */
final class DataModule extends AbstractModule {

    @Provides
    @Singleton
    ExperimentData data(ExperimentConfig config) {
        return new ExperimentDataLoader().load(config.data(), config.seed());
    }
}
