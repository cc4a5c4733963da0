package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.deltanet.api.Loss;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Provides the configured loss plugin, refusing one that cannot work after the network's output
 * layer ({@link OutputDomainCheck}) or on the training data's targets ({@link TargetDomainCheck}).
 */
final class LossModule extends AbstractModule {

    @Provides
    @Singleton
    Loss loss(ExperimentConfig config, PluginResolver plugins, Network network, ExperimentData data) {
        YamlPath key = YamlPath.root().key("loss");
        Loss loss = Keyed.at(key, () -> plugins.loss(config.loss()));
        Layer output = network.layer(network.depth());
        YamlPath layer = YamlPath.root().key("model").key("layers").index(network.depth() - 1);
        OutputDomainCheck.problem(loss, output.activation(), output.units(), layer.toString())
                .ifPresent(problem -> {
                    throw new ConfigException(key, problem);
                });
        TargetDomainCheck.problem(loss, data.training()).ifPresent(problem -> {
            throw new ConfigException(key, key + ": " + problem);
        });
        return loss;
    }
}
