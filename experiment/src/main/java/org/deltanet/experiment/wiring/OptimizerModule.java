package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.api.Optimizer;
import org.deltanet.api.Schedule;
import org.deltanet.engine.train.ScheduledOptimizer;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Provides the configured optimizer plugin at the rates of the configured schedule: a
 * {@link ScheduledOptimizer}, which the training loop asks the schedule through.
 */
final class OptimizerModule extends AbstractModule {

    @Provides
    @Singleton
    Optimizer optimizer(ExperimentConfig config, PluginResolver plugins) {
        Optimizer optimizer = Keyed.at(YamlPath.root().key("optimizer"), () -> plugins.optimizer(config.optimizer()));
        Schedule schedule = Keyed.at(YamlPath.root().key("schedule"), () -> plugins.schedule(config.schedule()));
        return Keyed.at(YamlPath.root().key("schedule"), () -> new ScheduledOptimizer(optimizer, schedule));
    }
}
