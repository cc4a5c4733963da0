package org.deltanet.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option every command takes: stack traces with error messages. */
final class DebugOption {

    @Option(names = "--debug", description = "Print the stack trace with any error.")
    boolean debug;
}
