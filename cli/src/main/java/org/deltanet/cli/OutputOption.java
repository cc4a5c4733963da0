package org.deltanet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The check every {@code --output DIR} gets: an empty name would write into the working directory. */
final class OutputOption {

    private OutputOption() {}

    /** @throws ParameterException if {@code output} is given but empty or blank */
    static void check(Path output, CommandSpec spec) {
        if (output != null && output.toString().isBlank()) {
            throw new ParameterException(
                    spec.commandLine(), "--output is empty; give a folder for the run directories, e.g. --output runs");
        }
    }
}
