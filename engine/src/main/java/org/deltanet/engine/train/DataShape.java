package org.deltanet.engine.train;

import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.network.Network;

/** Checks that a dataset's columns fit a network's input and output sizes. */
final class DataShape {

    private DataShape() {}

    /** @throws IllegalArgumentException naming both shapes when they differ */
    static void requireFits(Network network, Dataset data, String what) {
        if (data.featureCount() != network.inputSize() || data.targetCount() != network.outputSize()) {
            throw new IllegalArgumentException(what + " has " + data.featureCount() + " features and "
                    + data.targetCount() + " targets per example, the network takes "
                    + network.inputSize() + " inputs and gives " + network.outputSize() + " outputs");
        }
    }
}
