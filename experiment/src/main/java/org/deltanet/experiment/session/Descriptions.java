package org.deltanet.experiment.session;

import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.Mode;
import org.deltanet.experiment.config.TrainingSection;
import org.deltanet.experiment.wiring.ExperimentData;

/** The few lines {@code validate} prints about a wired experiment. */
final class Descriptions {

    private Descriptions() {}

    static String of(ExperimentConfig config, ExperimentData data, Network network) {
        TrainingSection training = config.training();
        return String.join(
                System.lineSeparator(),
                "experiment " + config.name() + " (seed " + config.seed() + ")",
                "  data:      " + describe("training", data.training()) + describe(", validation", data.validation())
                        + describe(", test", data.test()) + "; "
                        + data.training().featureCount() + " features, "
                        + data.training().targetCount() + " targets"
                        + (data.classes().isEmpty() ? "" : " (classes " + String.join(", ", data.classes()) + ")"),
                "  network:   " + network + "; " + network.parameterCount() + " parameters",
                "  loss:      " + config.loss() + ", optimizer: " + config.optimizer() + ", schedule: "
                        + config.schedule(),
                "  training:  " + training.mode().name().toLowerCase().replace('_', '-')
                        + (training.mode() == Mode.MINI_BATCH ? " of " + training.batchSize() : "")
                        + ", " + training.epochs() + " epochs" + (training.shuffle() ? ", shuffled" : ""));
    }

    private static String describe(String label, Dataset data) {
        return data == null ? "" : label + " " + data.size();
    }
}
