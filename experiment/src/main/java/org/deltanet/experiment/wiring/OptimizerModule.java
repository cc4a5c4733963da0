package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.api.Optimizer;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;

/** Provides the configured optimizer plugin. */
final class OptimizerModule extends AbstractModule {

    @Provides
    @Singleton
    Optimizer optimizer(ExperimentConfig config, PluginResolver plugins) {
        return Keyed.at("optimizer", () -> plugins.optimizer(config.optimizer()));
    }
}
