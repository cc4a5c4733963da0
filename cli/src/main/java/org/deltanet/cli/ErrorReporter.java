package org.deltanet.cli;

import java.io.PrintWriter;
import org.deltanet.api.ErrorCategory;
import org.deltanet.files.HeapLimits;
import org.deltanet.registry.PluginConflictException;
import picocli.CommandLine;

/**
 * Reports a failed command as one message on standard error and picks its {@link ExitCode}; the
 * stack trace follows only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        return report(error, command.getErr(), DebugOption.given(command));
    }

    /**
     * Prints one message for {@code error} (escaped and cut by {@link TerminalText}), the stack
     * trace only if {@code debug}, and returns the exit code. Out of memory and stack overflow are
     * reported as the resource they ran out of, with the fix.
     */
    static int report(Throwable error, PrintWriter err, boolean debug) {
        ExitCode code = classify(error);
        err.println(TerminalText.safe("deltanet: " + message(error, code)));
        if (debug) {
            error.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    private static String message(Throwable error, ExitCode code) {
        if (error instanceof OutOfMemoryError) {
            long heap = Runtime.getRuntime().maxMemory();
            return "out of memory: the Java heap holds at most " + HeapLimits.size(heap)
                    + "; give Java more, e.g. DELTANET_HEAP=" + twice(heap) + ", or use a smaller model or data set";
        }
        if (error instanceof StackOverflowError) {
            return "internal error: the call stack overflowed; rerun with --debug and report it (a larger stack, "
                    + "DELTANET_JAVA_OPTS=-Xss16m, may get past it)";
        }
        if (code == ExitCode.INTERNAL) {
            return "internal error: " + error + "; rerun with --debug and report it";
        }
        if (error instanceof PluginConflictException conflict) {
            // the way out is the command line's to tell: the registry knows nothing of --prefer
            return conflict.getMessage() + ", or choose one with --prefer "
                    + conflict.first().sourceFileName() + " (or --prefer "
                    + conflict.second().sourceFileName() + ")";
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    /** Twice {@code heap} as a {@code DELTANET_HEAP} value in whole gigabytes, at least {@code 1g}. */
    static String twice(long heap) {
        long gibibyte = 1L << 30;
        return Math.max(1, (2 * heap + gibibyte - 1) / gibibyte) + "g";
    }

    /**
     * The exit code for an error: its {@link ErrorCategory}'s, {@link ExitCode#INTERNAL} for a bug;
     * running out of heap is a configuration matter (a model or data set too large for it).
     */
    static ExitCode classify(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return ExitCode.CONFIG;
        }
        return ExitCode.of(ErrorCategory.of(error));
    }
}
