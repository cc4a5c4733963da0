package org.deltanet.experiment.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.DropoutMasks;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.Mode;
import org.deltanet.experiment.config.TrainingSection;
import org.deltanet.experiment.wiring.ExperimentData;

/** The few lines {@code validate} prints about a wired experiment. */
final class Descriptions {

    private Descriptions() {}

    static String of(ExperimentConfig config, ExperimentData data, Network network, Regularization regularization) {
        TrainingSection training = config.training();
        String lines = String.join(
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
        return regularization.active()
                ? lines + System.lineSeparator() + "  regularize: " + describe(regularization)
                : lines;
    }

    /** {@code l2 0.0001 (layers 1-3, weights only); dropout 0.2, 0.2, 0; clip-norm 5.0; class weights 1.0, 3.0}. */
    private static String describe(Regularization regularization) {
        List<String> parts = new ArrayList<>();
        Penalty penalty = regularization.penalty();
        if (penalty.active()) {
            List<String> layers = new ArrayList<>();
            for (int l = 1; l <= regularization.dropout().size(); l++) {
                LayerPenalty layer = penalty.layer(l);
                layers.add("layer " + l + ": "
                        + (layer.active()
                                ? "l1 " + layer.l1() + ", l2 " + layer.l2() + (layer.bias() ? " with biases" : "")
                                : "none"));
            }
            parts.add("penalty (" + String.join("; ", layers) + ")");
        }
        if (DropoutMasks.any(regularization.dropout())) {
            parts.add("dropout "
                    + regularization.dropout().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        Clipping clipping = regularization.clipping();
        if (clipping.value() > 0.0) {
            parts.add("clip-value " + clipping.value());
        }
        if (clipping.norm() > 0.0) {
            parts.add("clip-norm " + clipping.norm());
        }
        if (regularization.classWeights() != null) {
            parts.add("class weights " + Arrays.toString(regularization.classWeights()));
        }
        return String.join("; ", parts);
    }

    private static String describe(String label, Dataset data) {
        return data == null ? "" : label + " " + data.size();
    }
}
