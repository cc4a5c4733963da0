package org.deltanet.experiment.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.deltanet.data.FeatureScaling;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.config.Precision;

/**
 * A trained network with what is needed to use it on new data: the feature scaling it was trained
 * with, the names of the classes its outputs stand for, and the names of the features its inputs
 * are (so that a file with its columns in another order is read by name, not by position).
 *
 * @param network the layers with their weights, biases, masks and activations
 * @param loss    the loss it was trained with, if recorded
 * @param scaling the scaling fitted on the training data, to apply to every input, if any
 * @param classes    class names by output unit for one-hot classification; empty otherwise
 * @param features   feature names by input, e.g. the training file's CSV headers; empty when the
 *                   inputs have no names (images) or the model file predates them
 * @param targets    target names by output unit when each output is a named label column of the
 *                   training data (numeric, multi-label or probability columns); empty otherwise
 * @param provenance what produced it (deltanet version, seed, epoch, plugin jars), if recorded
 * @param precision  the precision it was trained in (a float32 model's numbers are float values, held exactly)
 */
public record Model(
        Network network,
        Optional<PluginSpec> loss,
        Optional<FeatureScaling> scaling,
        List<String> classes,
        List<String> features,
        List<String> targets,
        Optional<ModelProvenance> provenance,
        Precision precision) {

    /**
     * @throws IllegalArgumentException if the scaling's features or the classes do not match the
     *         network's inputs or outputs
     */
    public Model {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(precision, "precision");
        classes = List.copyOf(classes);
        features = List.copyOf(features);
        targets = List.copyOf(targets);
        if (!targets.isEmpty() && targets.size() != network.outputSize()) {
            throw new IllegalArgumentException(
                    targets.size() + " target names for " + network.outputSize() + " outputs");
        }
        if (scaling.isPresent() && scaling.get().featureCount() != network.inputSize()) {
            throw new IllegalArgumentException(
                    "the scaling has " + scaling.get().featureCount() + " features but the network takes "
                            + network.inputSize() + " inputs");
        }
        if (!classes.isEmpty() && classes.size() != network.outputSize()) {
            throw new IllegalArgumentException(
                    classes.size() + " class names for " + network.outputSize() + " outputs");
        }
        if (!features.isEmpty() && features.size() != network.inputSize()) {
            throw new IllegalArgumentException(
                    features.size() + " feature names for " + network.inputSize() + " inputs");
        }
    }

    /** A model whose inputs have no names (they are matched by position), without provenance. */
    public Model(Network network, Optional<PluginSpec> loss, Optional<FeatureScaling> scaling, List<String> classes) {
        this(network, loss, scaling, classes, List.of(), List.of(), Optional.empty(), Precision.FLOAT64);
    }

    /** This model with the names of its inputs, in input order. */
    public Model withFeatures(List<String> names) {
        return new Model(network, loss, scaling, classes, names, targets, provenance, precision);
    }

    /** The names of the outputs: the classes, else the target columns' names; empty when they have none. */
    public List<String> outputNames() {
        return classes.isEmpty() ? targets : classes;
    }

    /** This model with the names of its outputs, when they are named label columns. */
    public Model withTargets(List<String> names) {
        return new Model(network, loss, scaling, classes, features, names, provenance, precision);
    }

    /** This model with what produced it. */
    public Model withProvenance(ModelProvenance record) {
        return new Model(network, loss, scaling, classes, features, targets, Optional.of(record), precision);
    }

    /** This model as trained in the given precision. */
    public Model withPrecision(Precision trainedIn) {
        return new Model(network, loss, scaling, classes, features, targets, provenance, trainedIn);
    }

    /** Just the network: no loss, scaling, classes or feature names recorded. */
    public static Model of(Network network) {
        return new Model(network, Optional.empty(), Optional.empty(), List.of());
    }
}
