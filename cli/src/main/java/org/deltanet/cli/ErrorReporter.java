package org.deltanet.cli;

import java.io.PrintWriter;
import org.deltanet.api.ErrorCategory;
import picocli.CommandLine;

/**
 * Reports a failed command as one message on standard error and picks its {@link ExitCode}; the
 * stack trace follows only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        ExitCode code = classify(error);
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        err.println("deltanet: " + (code == ExitCode.INTERNAL ? "internal error: " + error + "; rerun with --debug"
                + " and report it" : message));
        if (parsed.originalArgs().contains("--debug")) {
            error.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    /** The exit code for an error: its {@link ErrorCategory}'s, or {@link ExitCode#INTERNAL} for a bug. */
    static ExitCode classify(Throwable error) {
        return ExitCode.of(ErrorCategory.of(error));
    }
}
