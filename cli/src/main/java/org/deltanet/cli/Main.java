package org.deltanet.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code deltanet} command. */
@Command(
        name = "deltanet",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Train neural networks by backpropagation, described in YAML, extended by plugin jars.",
        subcommands = {
            TrainCommand.class,
            ExplainCommand.class,
            DashboardCommand.class,
            ReportCommand.class,
            ValidateCommand.class,
            EvaluateCommand.class,
            PredictCommand.class,
            PluginsCommand.class,
            VerifyCommand.class,
            SweepCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug: rerun with --debug and report it)",
            "2:wrong command line",
            "3:configuration error (experiment or model file, plugin name or parameter)",
            "4:data error (missing or malformed data file)",
            "5:training diverged (NaN or infinity)",
            "6:plugin error (cannot load, conflict, failed while running)",
            "7:a plugin failed verification",
            "8:a sweep finished with failed variants",
            "9:Spark cluster failure (master unreachable, no executor in time, application killed)"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests and {@link #main}). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(new UsageErrorReporter());
        try {
            return commandLine.execute(args);
        } catch (Error error) {
            // picocli hands only Exceptions to the ErrorReporter; an Error no plugin threw is ours
            return ErrorReporter.report(
                    error, commandLine.getErr(), List.of(args).contains("--debug"));
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
