package org.deltanet.experiment.wiring;

import java.util.List;
import org.deltanet.data.FeatureScaling;
import org.deltanet.engine.data.Dataset;

/**
 * The data of one experiment, scaled and split.
 *
 * @param training   the examples the optimizer steps on
 * @param validation the held-out part of the training file evaluated every epoch, or null
 * @param test       the test examples evaluated after training, or null
 * @param classes    class names for one-hot targets (empty for numeric targets)
 * @param scaling    the feature scaling fitted on {@code training} and applied to every set
 * @param features   the training data's feature names in input order; empty when they have none
 * @param targets    the training data's target names (its label columns for numeric, multi-label and
 *                   probability targets); empty otherwise
 */
public record ExperimentData(
        Dataset training,
        Dataset validation,
        Dataset test,
        List<String> classes,
        FeatureScaling scaling,
        List<String> features,
        List<String> targets) {

    public ExperimentData {
        classes = List.copyOf(classes);
        features = List.copyOf(features);
        targets = List.copyOf(targets);
    }
}
