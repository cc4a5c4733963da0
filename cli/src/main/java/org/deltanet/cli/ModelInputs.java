package org.deltanet.cli;

import org.deltanet.engine.data.Dataset;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.model.Model;

/** Prepares data for a saved model: checks the feature count and applies the model's scaling. */
final class ModelInputs {

    private ModelInputs() {}

    static Dataset scaled(Model model, Dataset data) {
        int inputs = model.network().inputSize();
        if (data.featureCount() != inputs) {
            throw new ConfigException(
                    "the model takes " + inputs + " features per example, the data has " + data.featureCount());
        }
        return model.scaling().map(scaling -> scaling.apply(data)).orElse(data);
    }
}
