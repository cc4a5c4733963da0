package org.deltanet.experiment.wiring;

import org.deltanet.data.DataSource;
import org.deltanet.data.FeatureScaling;
import org.deltanet.data.LabeledData;
import org.deltanet.data.ValidationSplit;
import org.deltanet.engine.data.Dataset;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.DataConfig;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Reads the data section: the training source, the validation hold-out (taken before scaling is
 * fitted, so no validation example informs the scaling), the scaling fitted on what remains, and
 * the test source read with the training file's classes and (by name, where they have names) its
 * features.
 */
public final class ExperimentDataLoader {

    private static final YamlPath DATA = YamlPath.root().key("data");

    /**
     * @param seed the experiment's seed, which fixes the validation split
     * @throws org.deltanet.data.DataException when a file is missing or malformed
     */
    public ExperimentData load(DataConfig config, long seed) {
        LabeledData training =
                Keyed.at(DATA.key("training"), () -> config.training().read());
        Dataset fitted = training.data();
        Dataset validation = null;
        if (config.validationSplit() > 0.0) {
            ValidationSplit split = Keyed.at(
                    DATA.key("validation-split"),
                    () -> ValidationSplit.of(training.data(), config.validationSplit(), seed));
            fitted = split.training();
            validation = split.validation();
        }
        FeatureScaling scaling = config.scaling().fit(fitted);
        Dataset test = config.test() == null ? null : test(config.test(), training, scaling);
        return new ExperimentData(
                scaling.apply(fitted),
                validation == null ? null : scaling.apply(validation),
                test,
                training.classes(),
                scaling,
                training.features(),
                training.targets());
    }

    private static String targetsOf(LabeledData data) {
        return data.targets().isEmpty()
                ? data.data().targetCount() + " target values per example"
                : "the label columns " + String.join(", ", data.targets());
    }

    private static Dataset test(DataSource source, LabeledData training, FeatureScaling scaling) {
        YamlPath key = DATA.key("test");
        LabeledData read = Keyed.at(key, () -> source.read(training.classes(), training.features()));
        Dataset test = read.data();
        if (!read.features().isEmpty()
                && !training.features().isEmpty()
                && !read.features().equals(training.features())) {
            throw new ConfigException(
                    key,
                    key + ": the test data's features are " + String.join(", ", read.features())
                            + " but the training data's are " + String.join(", ", training.features()));
        }
        if (test.targetCount() != training.data().targetCount()) {
            throw new ConfigException(
                    key,
                    key + ": the test data has " + targetsOf(read) + " but the training data has " + targetsOf(training)
                            + "; give the test file the training file's label columns");
        }
        if (test.featureCount() != training.data().featureCount()) {
            throw new ConfigException(
                    key,
                    key + ": the test data has " + test.featureCount()
                            + " features per example but the training data has "
                            + training.data().featureCount()
                            + "; give a test file with the training file's feature columns");
        }
        return scaling.apply(test);
    }
}
