package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Provides the network: the one a {@link RunSettings#initialModel() model file} gives (initial
 * weights or a checkpoint to resume), which must agree with the model section if there is one and
 * with the data's classes ({@link InitialModel}), or else one built from the model section and the seed.
 */
final class NetworkModule extends AbstractModule {

    @Provides
    @Singleton
    Network network(ExperimentConfig config, ExperimentData data, PluginResolver plugins, RunSettings settings) {
        if (settings.initialModel() != null) {
            Network given = settings.initialModel();
            NetworkShape.requireFits(
                    given, data.training().featureCount(), data.training().targetCount());
            InitialModel.requireAgrees(config.model(), given);
            InitialModel.requireSameClasses(settings.initialClasses(), data.classes());
            return given;
        }
        if (config.model() == null) {
            throw new ConfigException(
                    YamlPath.root().key("model"),
                    "missing 'model': e.g. model: { layers: [ { units: 1,"
                            + " activation: sigmoid } ] }, or give train --initial-model MODEL to start from a trained model");
        }
        return new NetworkFactory(plugins)
                .build(
                        config.model(),
                        data.training().featureCount(),
                        data.training().targetCount(),
                        config.seed());
    }
}
