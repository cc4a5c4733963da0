package org.deltanet.cli;

import java.io.PrintWriter;
import org.deltanet.api.ErrorCategory;
import org.deltanet.registry.PluginConflictException;
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
        String message = message(error);
        err.println("deltanet: " + (code == ExitCode.INTERNAL ? "internal error: " + error + "; rerun with --debug"
                + " and report it" : message));
        if (parsed.originalArgs().contains("--debug")) {
            error.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    /** The error's message, with the command-line way out where the error has one. */
    private static String message(Throwable error) {
        if (error instanceof PluginConflictException conflict) {
            return conflict.getMessage() + ", or choose one with --prefer " + conflict.first().sourceFileName()
                    + " (or --prefer " + conflict.second().sourceFileName() + ")";
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    /** The exit code for an error: its {@link ErrorCategory}'s, or {@link ExitCode#INTERNAL} for a bug. */
    static ExitCode classify(Throwable error) {
        return ExitCode.of(ErrorCategory.of(error));
    }
}
