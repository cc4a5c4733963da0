package org.deltanet.cli;

import java.nio.file.Path;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;

/**
 * Reads a saved model for {@code predict} and {@code evaluate}, warning on standard error when an
 * installed plugin it needs comes from other bytes than the jar it was trained with (its
 * {@code provenance} records each jar's SHA-256).
 */
final class TrainedModels {

    private TrainedModels() {}

    static Model read(Path file, PluginResolver plugins) {
        Model model = ModelFiles.read(file, plugins);
        model.provenance().ifPresent(provenance -> provenance
                .differencesFrom(plugins.registry(), file)
                .forEach(warning -> System.err.println("deltanet: warning: " + warning)));
        return model;
    }
}
