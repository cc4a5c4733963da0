package org.deltanet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --debug} option every command takes: stack traces with error messages, also with the
 * exceptions Spark logs (which show as their first line otherwise: the spark module's
 * {@code log4j2.properties} reads {@value #SPARK_EXCEPTIONS}).
 */
final class DebugOption {

    static final String SPARK_EXCEPTIONS = "deltanet.spark.exceptions";

    boolean debug;

    @Option(names = "--debug", description = "Print the stack trace with any error.")
    void debug(boolean debug) {
        this.debug = debug;
        if (debug) {
            System.setProperty(SPARK_EXCEPTIONS, "full");
        }
    }

    /** Whether the command that ran (a subcommand with this mixin, named {@code debug}) was given it. */
    static boolean given(CommandLine command) {
        return command.getMixins().get("debug") instanceof DebugOption option && option.debug;
    }
}
