package org.deltanet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deltanet.spark.SparkContexts;
import org.deltanet.spark.sweep.SweepOutcome;
import org.deltanet.spark.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deltanet sweep}: trains the variants of an experiment's sweep section on Spark and ranks them. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Train every variant of the sweep section of FILE, each as one Spark task, into one sweep "
                    + "directory, and rank them: results.txt, results.csv and a chart of the metric against each swept key.",
            "Runs on every local core unless --master, the file's spark: section or spark-submit names a cluster.",
            "With --resume, continue an interrupted sweep instead: its finished variants are kept."
        })
final class SweepCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "An experiment file with a sweep section (YAML).")
    Path file;

    @Option(
            names = "--resume",
            paramLabel = "SWEEP_DIR",
            description = "Continue the interrupted (or killed, or failed) sweep in SWEEP_DIR: keep the variants"
                    + " that have a run directory there, train the others (no FILE needed).")
    Path resume;

    @Mixin
    SparkOptions sparkOptions;

    @Mixin
    OverrideOptions overrides;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Folder for the sweep directory (default: the file's output key).")
    Path output;

    @Option(
            names = "--yes",
            description = "Start a sweep of more than " + SweepConfirmation.ASK_ABOVE + " variants without asking.")
    boolean yes;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        sparkOptions.apply();
        OutputOption.check(output, spec);
        if (resume != null && (file != null || !overrides.list().isEmpty() || output != null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--resume continues a sweep as it started, from its own SWEEP_DIR/experiment.yaml and into"
                            + " SWEEP_DIR; it takes no FILE, --set or --output");
        }
        if (resume == null && file == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "missing FILE: the experiment to sweep, e.g. deltanet sweep examples/iris-sweep.yaml");
        }
        SweepRunner runner = new SweepRunner(System.out, pluginOptions.loader(), new SweepConfirmation(yes, spec));
        InterruptSignals signals = InterruptSignals.install(
                runner::interrupt, "stopping the variants not finished; the finished ones are kept", System.err);
        SweepOutcome outcome;
        try {
            outcome = resume != null ? runner.resume(resume) : runner.run(file, overrides.list(), output);
        } finally {
            SparkContexts.stop();
        }
        System.out.println("deltanet: chart " + outcome.chart());
        int variants = outcome.table().rows().size();
        if (outcome.interrupted()) {
            System.out.println("deltanet: interrupted with " + outcome.table().interrupted() + " of " + variants
                    + " variants not finished; resume with: deltanet sweep --resume " + outcome.directory());
            return signals.exitCode();
        }
        System.out.println("deltanet: "
                + (outcome.complete() ? "done" : outcome.table().failures() + " of " + variants + " variants failed")
                + "; results in " + outcome.directory());
        return (outcome.complete() ? ExitCode.OK : ExitCode.SWEEP_INCOMPLETE).code();
    }
}
