package org.deltanet.experiment.wiring;

import com.google.inject.Inject;
import java.util.Optional;
import org.deltanet.api.Loss;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.Precision;
import org.deltanet.experiment.model.Model;

/**
 * Describes the experiment's network as a {@link Model}: with the loss (every parameter written
 * out), the feature scaling, the class names and the feature names, so that a saved model or checkpoint can be used
 * on new data without the experiment file.
 */
public final class ModelDescription {

    private final Loss loss;
    private final ExperimentData data;
    private final Precision precision;

    @Inject
    ModelDescription(Loss loss, ExperimentData data, ExperimentConfig config) {
        this.loss = loss;
        this.data = data;
        this.precision = config.precision();
    }

    /** The network (trained or in training) as a model. */
    public Model of(Network network) {
        return new Model(
                        network,
                        Optional.of(PluginResolver.describe(loss)),
                        Optional.of(data.scaling()),
                        data.classes())
                .withFeatures(data.features())
                .withTargets(data.targets())
                .withPrecision(precision);
    }
}
