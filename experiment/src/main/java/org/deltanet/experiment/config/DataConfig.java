package org.deltanet.experiment.config;

import org.deltanet.data.DataSource;
import org.deltanet.data.ScalingMethod;

/**
 * Where the examples come from and how they are prepared.
 *
 * @param training        the training examples (required); {@code type:} picks the
 *                        {@link org.deltanet.data.DataFormat}
 * @param test            held-out examples evaluated after training; optional
 * @param scaling         feature scaling fitted on the training data: {@code none} (default),
 *                        {@code min-max} or {@code standardize}
 * @param validationSplit fraction of the training examples held out for validation each epoch,
 *                        in [0, 1); default 0 (no validation)
 */
public record DataConfig(DataSource training, DataSource test, ScalingMethod scaling, Double validationSplit) {

    public DataConfig {
        Checks.present(training, "training", "e.g. training: { type: csv, file: iris.csv, label: species }");
        scaling = scaling == null ? ScalingMethod.NONE : scaling;
        validationSplit = validationSplit == null ? 0.0 : validationSplit;
        Checks.require(
                validationSplit >= 0.0 && validationSplit < 1.0,
                "validation-split",
                "must be in [0, 1), got " + validationSplit);
    }
}
