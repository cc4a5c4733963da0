package org.deltanet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --debug} option every command takes: stack traces with error messages. */
final class DebugOption {

    @Option(names = "--debug", description = "Print the stack trace with any error.")
    boolean debug;

    /** Whether the command that ran (a subcommand with this mixin, named {@code debug}) was given it. */
    static boolean given(CommandLine command) {
        return command.getMixins().get("debug") instanceof DebugOption option && option.debug;
    }
}
