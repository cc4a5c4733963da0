package org.deltanet.experiment.wiring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deltanet.api.NameSuggestions;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.experiment.config.ClassWeights;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.RegularizationConfig;
import org.deltanet.experiment.config.TrainingSection;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Builds the engine's {@link Regularization} from an experiment: each layer's penalty (its own
 * {@code regularization} over {@code training.regularization}), the layers' {@code dropout}, the
 * clipping thresholds, and the class weights resolved against the training data's classes. A
 * class weight that names no class, or a list of the wrong length, is an error naming the key.
 */
final class RegularizationFactory {

    private static final YamlPath CLASS_WEIGHTS =
            YamlPath.root().key("training").key("class-weights");

    private RegularizationFactory() {}

    /**
     * @param depth the network's number of layers
     * @throws ConfigException when the class weights do not fit the data
     */
    static Regularization build(ExperimentConfig config, ExperimentData data, int depth) {
        TrainingSection training = config.training();
        List<LayerConfig> layers =
                config.model() == null ? List.of() : config.model().layers();
        List<LayerPenalty> penalties = new ArrayList<>();
        List<Double> dropout = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            LayerConfig layer = l < layers.size() ? layers.get(l) : null;
            RegularizationConfig own = layer == null ? null : layer.regularization();
            RegularizationConfig penalty =
                    own == null ? training.regularization() : own.over(training.regularization());
            penalties.add(
                    penalty == null
                            ? LayerPenalty.NONE
                            : new LayerPenalty(penalty.l1Value(), penalty.l2Value(), penalty.biasValue()));
            double rate = layer == null ? 0.0 : layer.dropoutRate();
            if (rate > 0.0 && l == depth - 1) {
                YamlPath key =
                        YamlPath.root().key("model").key("layers").index(l).key("dropout");
                throw new ConfigException(
                        key,
                        key + ": the output layer's outputs are the predictions and cannot be dropped;"
                                + " put dropout on a hidden layer");
            }
            dropout.add(rate);
        }
        Clipping clipping = new Clipping(
                training.clipValue() == null ? 0.0 : training.clipValue(),
                training.clipNorm() == null ? 0.0 : training.clipNorm());
        double[] classWeights = training.classWeights() == null ? null : classWeights(training.classWeights(), data);
        return new Regularization(new Penalty(penalties), dropout, clipping, classWeights);
    }

    private static double[] classWeights(ClassWeights weights, ExperimentData data) {
        List<String> classes = data.classes();
        if (classes.isEmpty()) {
            throw new ConfigException(
                    CLASS_WEIGHTS,
                    CLASS_WEIGHTS + ": the training data has numeric targets, not classes; class weights need"
                            + " class labels (labels: one-hot)");
        }
        if (weights.balanced()) {
            return balanced(data.training(), classes);
        }
        double[] result = new double[classes.size()];
        if (weights.list() != null) {
            if (weights.list().size() != classes.size()) {
                throw new ConfigException(
                        CLASS_WEIGHTS,
                        CLASS_WEIGHTS + " has " + weights.list().size() + " weights but the training data has "
                                + classes.size() + " classes " + classes + "; give one weight per class in"
                                + " this order, or a mapping by class name");
            }
            for (int k = 0; k < result.length; k++) {
                result[k] = weights.list().get(k);
            }
            return result;
        }
        Arrays.fill(result, 1.0);
        for (Map.Entry<String, Double> entry : weights.byName().entrySet()) {
            int k = classes.indexOf(entry.getKey());
            if (k < 0) {
                YamlPath key = CLASS_WEIGHTS.key(entry.getKey());
                throw new ConfigException(
                        key,
                        key + ": no class '" + entry.getKey() + "' in the training data"
                                + NameSuggestions.closest(entry.getKey(), classes)
                                        .map(c -> " (did you mean '" + c + "'?)")
                                        .orElse("")
                                + "; its classes are "
                                + String.join(", ", classes));
            }
            result[k] = entry.getValue();
        }
        return result;
    }

    /** {@code n / (k * n_class)} for each class over the training examples. */
    private static double[] balanced(Dataset training, List<String> classes) {
        int k = classes.size();
        double[] counts = new double[k];
        int chunk = 256;
        int[] order = new int[training.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] features = new double[chunk * training.featureCount()];
        double[] targets = new double[chunk * k];
        for (int from = 0; from < order.length; from += chunk) {
            int rows = Math.min(chunk, order.length - from);
            training.gather(order, from, rows, features, targets);
            for (int i = 0; i < rows * k; i++) {
                counts[i % k] += targets[i];
            }
        }
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0.0) {
                throw new ConfigException(
                        CLASS_WEIGHTS,
                        CLASS_WEIGHTS + ": balanced weights need every class among the training examples, and"
                                + " class '" + classes.get(c) + "' has none; give the weights by class name");
            }
            weights[c] = training.size() / (k * counts[c]);
        }
        return weights;
    }
}
