package org.deltanet.experiment.config;

import java.nio.file.Path;
import org.deltanet.data.DataLocations;
import org.deltanet.data.DataSource;

/**
 * Resolves the data paths of a config against the folder of the file they were written in; URIs
 * ({@code file:///...}, {@code hdfs://...}) stay as written.
 */
final class Paths {

    private Paths() {}

    static ExperimentConfig resolveAgainst(ExperimentConfig config, Path folder) {
        DataConfig data = config.data();
        DataConfig resolved = new DataConfig(
                resolve(data.training(), folder), resolve(data.test(), folder), data.scaling(), data.validationSplit());
        return new ExperimentConfig(
                config.name(),
                config.seed(),
                resolved,
                config.model(),
                config.loss(),
                config.optimizer(),
                config.schedule(),
                config.training(),
                config.output(),
                config.plugins().stream().map(p -> absolute(p, folder)).toList(),
                config.sweep(),
                config.spark(),
                config.precision(),
                config.provenance());
    }

    private static DataSource resolve(DataSource source, Path folder) {
        return source == null
                ? null
                : source.withFiles(path -> DataLocations.isUri(path) ? path : absolute(path, folder));
    }

    private static String absolute(String path, Path folder) {
        return folder.resolve(path).normalize().toString();
    }
}
