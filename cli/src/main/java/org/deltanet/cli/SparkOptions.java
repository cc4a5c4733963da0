package org.deltanet.cli;

import java.util.ArrayList;
import java.util.List;
import org.deltanet.spark.SparkContexts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The Spark options of {@code train} and {@code sweep}: {@code --master} and {@code --conf}, which
 * take precedence over the experiment file's {@code spark:} section and over {@code spark-submit}.
 */
final class SparkOptions {

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master for sweeps and training.distributed: local[N], spark://host:7077, yarn, ... "
                    + "(default: the file's spark.master, else spark-submit's, else local[*]).")
    String master;

    @Option(
            names = "--conf",
            paramLabel = "spark.KEY=VALUE",
            description = "A Spark setting, e.g. --conf spark.executor.memory=2g; over the file's spark: section. "
                    + "Repeatable.")
    List<String> conf = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Hands the options to {@link SparkContexts}; a malformed one is a command-line error. */
    void apply() {
        try {
            SparkContexts.useCommandLine(master, conf);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
