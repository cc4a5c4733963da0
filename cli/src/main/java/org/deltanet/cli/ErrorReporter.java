package org.deltanet.cli;

import java.io.PrintWriter;
import org.deltanet.api.InvalidParameterException;
import org.deltanet.engine.registry.PluginConflictException;
import org.deltanet.engine.registry.UnknownPluginException;
import org.deltanet.engine.train.TrainingDivergedException;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.files.HeapLimits;
import org.deltanet.data.DataException;
import org.deltanet.experiment.model.ModelFileException;
import org.deltanet.loader.PluginFailureException;
import org.deltanet.loader.PluginLoadException;
import org.deltanet.spark.ClusterException;
import picocli.CommandLine;

/**
 * Reports a failed command as one message on standard error and picks its {@link ExitCode}; the
 * stack trace follows only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        return report(error, command.getErr(), parsed.originalArgs().contains("--debug"));
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
            return "out of memory: the Java heap holds at most " + HeapLimits.size(Runtime.getRuntime().maxMemory())
                    + "; give Java more, e.g. DELTANET_JAVA_OPTS=-Xmx8g, or use a smaller model or data set";
        }
        if (error instanceof StackOverflowError) {
            return "internal error: the call stack overflowed; rerun with --debug and report it (a larger stack, "
                    + "DELTANET_JAVA_OPTS=-Xss16m, may get past it)";
        }
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        return code == ExitCode.INTERNAL ? "internal error: " + error + "; rerun with --debug and report it" : message;
    }

    static ExitCode classify(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return ExitCode.CONFIG;
        }
        if (error instanceof ConfigException || error instanceof UnknownPluginException
                || error instanceof InvalidParameterException) {
            return ExitCode.CONFIG;
        }
        if (error instanceof ClusterException) {
            return ExitCode.CLUSTER;
        }
        if (error instanceof DataException) {
            return ExitCode.DATA;
        }
        if (error instanceof ModelFileException) {
            return ExitCode.CONFIG;
        }
        if (error instanceof TrainingDivergedException) {
            return ExitCode.DIVERGED;
        }
        if (error instanceof PluginConflictException || error instanceof PluginLoadException
                || error instanceof PluginFailureException) {
            return ExitCode.PLUGIN;
        }
        return ExitCode.INTERNAL;
    }
}
