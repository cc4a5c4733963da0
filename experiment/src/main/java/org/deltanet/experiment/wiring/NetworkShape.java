package org.deltanet.experiment.wiring;

import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ConfigException;

/** Checks that a network loaded from a file fits the experiment's data. */
final class NetworkShape {

    private NetworkShape() {
    }

    static void requireFits(Network network, int inputs, int targets) {
        if (network.inputSize() != inputs || network.outputSize() != targets) {
            throw new ConfigException("the model takes " + network.inputSize() + " inputs and gives "
                    + network.outputSize() + " outputs, but the data has " + inputs + " features and " + targets
                    + " target values per example");
        }
    }
}
