package org.deltanet.experiment.session;

import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.experiment.wiring.ExperimentData;

/**
 * An experiment wired as training would see it, before any step: the network with its initial
 * weights, the loss, the configured optimizer, the training settings (mode, batch size, order of
 * examples) and the data.
 */
public record WiredExperiment(Network network, Loss loss, Optimizer optimizer, TrainingConfig training,
                              ExperimentData data) {
}
