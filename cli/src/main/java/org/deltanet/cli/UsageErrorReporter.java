package org.deltanet.cli;

import java.io.PrintWriter;
import java.util.Collection;
import org.deltanet.api.NameSuggestions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a wrong command line (an unknown option or command, a missing argument) as one message on
 * standard error, with the nearest valid name where there is one and where to read more, and
 * exits with {@link ExitCode#USAGE}:
 * {@code deltanet: unknown option: '--ouput'; did you mean '--output'? see 'deltanet train --help'}.
 */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        String message = Character.toLowerCase(error.getMessage().charAt(0))
                + error.getMessage().substring(1);
        String suggestion = "";
        if (error instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            String given = unmatched.getUnmatched().get(0);
            boolean isCommand =
                    !unmatched.isUnknownOption() && !command.getSubcommands().isEmpty();
            if (isCommand) {
                message = "unknown command '" + given + "'";
            }
            Collection<String> valid = isCommand
                    ? command.getSubcommands().keySet()
                    : command.getCommandSpec().optionsMap().keySet();
            suggestion = NameSuggestions.closest(given, valid)
                    .map(name -> " did you mean '" + name + "'?")
                    .orElse("");
        }
        PrintWriter err = command.getErr();
        err.println(TerminalText.safe("deltanet: " + message + ";" + suggestion + " see '"
                + command.getCommandSpec().qualifiedName() + " --help'"));
        err.flush();
        return ExitCode.USAGE.code();
    }
}
