package org.deltanet.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --set KEY=VALUE}, the overrides of an experiment file's values that train, validate,
 * explain and sweep take, in the order given (see {@code ExperimentLoader}).
 */
final class OverrideOptions {

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override a value with the file's dotted key, e.g. --set optimizer.learning-rate=0.05 "
                    + "or --set model.layers[0].units=64. Repeatable.")
    List<String> values = new ArrayList<>();

    /** The overrides as given, e.g. {@code [training.epochs=5]}. */
    List<String> list() {
        return values;
    }
}
