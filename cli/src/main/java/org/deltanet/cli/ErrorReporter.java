package org.deltanet.cli;

import java.io.PrintWriter;
import org.deltanet.api.InvalidParameterException;
import org.deltanet.engine.registry.PluginConflictException;
import org.deltanet.engine.registry.UnknownPluginException;
import org.deltanet.engine.train.TrainingDivergedException;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.data.DataException;
import org.deltanet.experiment.model.ModelFileException;
import org.deltanet.loader.PluginFailureException;
import org.deltanet.loader.PluginLoadException;
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

    static ExitCode classify(Throwable error) {
        if (error instanceof ConfigException || error instanceof UnknownPluginException
                || error instanceof InvalidParameterException) {
            return ExitCode.CONFIG;
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
