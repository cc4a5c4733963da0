package org.deltanet.experiment.wiring;

import org.deltanet.engine.data.Dataset;
import org.deltanet.experiment.config.DataConfig;
import org.deltanet.data.FeatureScaling;
import org.deltanet.data.LabeledData;
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
        LabeledData training = config.training().read();
        Dataset fitted = training.data();
        Dataset validation = null;
        if (config.validationSplit() > 0.0) {
            ValidationSplit split = ValidationSplit.of(training.data(), config.validationSplit(), seed);
            fitted = split.training();
            validation = split.validation();
        }
        FeatureScaling scaling = config.scaling().fit(fitted);
        Dataset test = config.test() == null ? null : scaling.apply(config.test().read(training.classes()).data());
        return new ExperimentData(scaling.apply(fitted), validation == null ? null : scaling.apply(validation), test,
                training.classes(), scaling);
    }

}
