package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;

/**
 * Provides the network: the one a {@link RunSettings#initialModel() model file} gives (initial
 * weights or a checkpoint to resume), or else one built from the model section and the seed.
 */
final class NetworkModule extends AbstractModule {

    @Provides
    @Singleton
    Network network(ExperimentConfig config, ExperimentData data, PluginResolver plugins, RunSettings settings) {
        if (settings.initialModel() != null) {
            Network given = settings.initialModel();
            NetworkShape.requireFits(given, data.training().featureCount(), data.training().targetCount());
            return given;
        }
        return new NetworkFactory(plugins).build(config.model(), data.training().featureCount(),
                data.training().targetCount(), config.seed());
    }
}
