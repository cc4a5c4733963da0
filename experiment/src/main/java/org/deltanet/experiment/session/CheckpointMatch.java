package org.deltanet.experiment.session;

import java.nio.file.Path;
import java.util.List;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.LayerConfig;

/**
 * Checks, before a run is resumed, that its {@code experiment.yaml} still describes the network
 * its checkpoint holds: as many layers, each with the same units, activation and bias. An edited
 * file would otherwise be ignored without a word (the checkpoint's network is what trains on).
 *
 * <p>Example message: {@code runs/xor-1/experiment.yaml: model.layers[0].units is 8, but checkpoint
 * epoch-0300.yaml was trained with 4; resume continues the run as it was trained: undo the edit, or
 * train the edited experiment afresh}.
 */
final class CheckpointMatch {

    private CheckpointMatch() {}

    /** @throws ConfigException naming the first difference */
    static void check(ExperimentConfig config, Path experimentFile, Network checkpoint, Path checkpointFile) {
        List<LayerConfig> layers = config.model().layers();
        String against = ", but checkpoint " + checkpointFile.getFileName() + " was trained with ";
        if (layers.size() != checkpoint.depth()) {
            throw changed(
                    experimentFile, "model.layers has " + layers.size() + " layers" + against + checkpoint.depth());
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerConfig wanted = layers.get(i);
            Layer trained = checkpoint.layers().get(i);
            String key = "model.layers[" + i + "].";
            if (wanted.units() != trained.units()) {
                throw changed(experimentFile, key + "units is " + wanted.units() + against + trained.units());
            }
            String activation = wanted.activation().name();
            if (!activation.equals(trained.activation().name())) {
                throw changed(
                        experimentFile,
                        key + "activation is " + activation + against
                                + trained.activation().name());
            }
            if (wanted.bias().present() != trained.hasBias()) {
                throw changed(experimentFile, key + "bias is " + wanted.bias().present() + against + trained.hasBias());
            }
        }
    }

    private static ConfigException changed(Path experimentFile, String difference) {
        return new ConfigException(experimentFile + ": " + difference + "; resume continues the run as it was "
                + "trained: undo the edit, or train the edited experiment afresh");
    }
}
