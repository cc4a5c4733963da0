package org.deltanet.experiment.wiring;

import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ConfigException;

/** Checks that a network loaded from a file (an initial model, a checkpoint) fits the experiment's data. */
final class NetworkShape {

    private NetworkShape() {}

    static void requireFits(Network network, int inputs, int targets) {
        if (network.inputSize() != inputs || network.outputSize() != targets) {
            throw new ConfigException("the initial model takes " + count(network.inputSize(), "input") + " and gives "
                    + count(network.outputSize(), "output") + ", but the data has " + count(inputs, "feature")
                    + " and " + count(targets, "target") + " per example; start from a model trained on data of"
                    + " this shape");
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
