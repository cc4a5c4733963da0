package org.deltanet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.session.ExperimentRunner;

/** Loads an experiment file as train and validate take it: with its {@code --set} overrides. */
final class Experiments {

    private Experiments() {}

    /**
     * Loads {@code file} with {@code overrides} as {@code runner} reads experiments (with the data
     * formats of its plugin jars) and hands the config to {@code use}, which wires it; a problem
     * found while wiring names the line and column of its key in the file, or the override that
     * set it.
     */
    static <T> T wire(ExperimentRunner runner, Path file, List<String> overrides, Function<ExperimentConfig, T> use) {
        ExperimentLoader loader = runner.experiments();
        ExperimentConfig config = loader.load(file, overrides);
        try {
            return use.apply(config);
        } catch (ConfigException e) {
            throw loader.locate(e, file, overrides);
        }
    }
}
