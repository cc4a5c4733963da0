package org.deltanet.experiment.wiring;

import java.nio.file.Path;
import java.util.List;
import org.deltanet.engine.data.Dataset;
import org.deltanet.experiment.config.DataConfig;
import org.deltanet.experiment.config.SourceConfig;
import org.deltanet.data.BuiltInData;
import org.deltanet.data.csv.CsvSource;
import org.deltanet.data.FeatureScaling;
import org.deltanet.data.LabeledData;
import org.deltanet.data.idx.MnistSource;
import org.deltanet.data.ValidationSplit;

/**
 * Reads the data section: the training source, the validation hold-out (taken before scaling is
 * fitted, so no validation example informs the scaling), the scaling fitted on what remains, and
 * the test source read with the training file's classes.
 */
public final class ExperimentDataLoader {

    /**
     * @param seed the experiment's seed, which fixes the validation split
     * @throws org.deltanet.data.DataException when a file is missing or malformed
     */
    public ExperimentData load(DataConfig config, long seed) {
        LabeledData training = read(config.training(), null);
        Dataset fitted = training.data();
        Dataset validation = null;
        if (config.validationSplit() > 0.0) {
            ValidationSplit split = ValidationSplit.of(training.data(), config.validationSplit(), seed);
            fitted = split.training();
            validation = split.validation();
        }
        FeatureScaling scaling = config.scaling().fit(fitted);
        Dataset test = config.test() == null ? null : scaling.apply(read(config.test(), training.classes()).data());
        return new ExperimentData(scaling.apply(fitted), validation == null ? null : scaling.apply(validation), test,
                training.classes(), scaling);
    }

    /**
     * One source; a test source is read with the training classes so that one-hot columns agree.
     *
     * @param trainingClasses null when reading the training source itself
     */
    static LabeledData read(SourceConfig source, List<String> trainingClasses) {
        if (source instanceof SourceConfig.Csv csv) {
            CsvSource reader = new CsvSource(csv.label(), csv.features(), csv.labels());
            return trainingClasses == null ? reader.read(Path.of(csv.file()))
                    : reader.read(Path.of(csv.file()), trainingClasses);
        }
        if (source instanceof SourceConfig.Idx idx) {
            return MnistSource.read(Path.of(idx.images()), Path.of(idx.labels()));
        }
        return BuiltInData.XOR.load();
    }
}
