package org.deltanet.experiment.config;

import java.nio.file.Path;

/** Resolves the data paths of a config against the folder of the file they were written in. */
final class Paths {

    private Paths() {
    }

    static ExperimentConfig resolveAgainst(ExperimentConfig config, Path folder) {
        DataConfig data = config.data();
        DataConfig resolved = new DataConfig(resolve(data.training(), folder), resolve(data.test(), folder),
                data.scaling(), data.validationSplit());
        return new ExperimentConfig(config.name(), config.seed(), resolved, config.model(), config.loss(),
                config.optimizer(), config.training(), config.output(),
                config.plugins().stream().map(p -> absolute(p, folder)).toList(), config.sweep(), config.spark());
    }

    private static SourceConfig resolve(SourceConfig source, Path folder) {
        if (source instanceof SourceConfig.Csv csv) {
            return new SourceConfig.Csv(absolute(csv.file(), folder), csv.label(), csv.features(), csv.labels());
        }
        if (source instanceof SourceConfig.Idx idx) {
            return new SourceConfig.Idx(absolute(idx.images(), folder), absolute(idx.labels(), folder));
        }
        return source;
    }

    private static String absolute(String path, Path folder) {
        return folder.resolve(path).normalize().toString();
    }
}
