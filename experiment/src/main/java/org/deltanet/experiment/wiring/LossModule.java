package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.api.Loss;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/** Provides the configured loss plugin. */
final class LossModule extends AbstractModule {

    @Provides
    @Singleton
    Loss loss(ExperimentConfig config, PluginResolver plugins) {
        return Keyed.at(YamlPath.root().key("loss"), () -> plugins.loss(config.loss()));
    }
}
