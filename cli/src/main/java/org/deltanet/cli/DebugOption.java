package org.deltanet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --debug} option every command takes: stack traces with error messages, also with the
 * exceptions Spark logs (which show as their first line otherwise: the spark module's
 * {@code log4j2.properties} reads {@value #SPARK_EXCEPTIONS}), and with the stack frames some of
 * its messages carry as text ({@value #SPARK_MESSAGE_FRAMES}: a pattern that never matches).
 */
final class DebugOption {

    static final String SPARK_EXCEPTIONS = "deltanet.spark.exceptions";
    /** What the spark module's log pattern cuts from a message: stack frames carried as text. */
    static final String SPARK_MESSAGE_FRAMES = "deltanet.spark.message-frames";

    boolean debug;

    @Option(names = "--debug", description = "Print the stack trace with any error.")
    void debug(boolean debug) {
        this.debug = debug;
        if (debug) {
            System.setProperty(SPARK_EXCEPTIONS, "full");
            System.setProperty(SPARK_MESSAGE_FRAMES, "(?!)");
        }
    }

    /** Whether the command that ran (a subcommand with this mixin, named {@code debug}) was given it. */
    static boolean given(CommandLine command) {
        return command.getMixins().get("debug") instanceof DebugOption option && option.debug;
    }
}
