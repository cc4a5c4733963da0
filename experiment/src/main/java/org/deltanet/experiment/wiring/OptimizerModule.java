package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.api.Optimizer;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/** Provides the configured optimizer plugin. */
final class OptimizerModule extends AbstractModule {

    @Provides
    @Singleton
    Optimizer optimizer(ExperimentConfig config, PluginResolver plugins) {
        return Keyed.at(YamlPath.root().key("optimizer"), () -> plugins.optimizer(config.optimizer()));
    }
}
