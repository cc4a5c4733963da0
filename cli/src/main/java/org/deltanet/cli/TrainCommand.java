package org.deltanet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deltanet.experiment.session.ExperimentRunner;
import org.deltanet.experiment.session.RunOutcome;
import org.deltanet.rundir.scores.ScoresTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deltanet train}: trains an experiment into a new run directory, or resumes one. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Train the experiment described in FILE into a new run directory under its output folder.",
            "With --resume, continue an interrupted run from its newest checkpoint instead."
        })
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The experiment file (YAML).")
    Path file;

    @Mixin
    OverrideOptions overrides;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Folder for the run directory (default: the file's output key).")
    Path output;

    @Option(
            names = "--initial-model",
            paramLabel = "MODEL",
            description = "Start from the weights of this model file (or of the run directory that holds it) instead"
                    + " of the file's initial weights.")
    Path initialModel;

    @Option(
            names = "--resume",
            paramLabel = "RUN_DIR",
            description = "Continue the interrupted run in RUN_DIR from its newest checkpoint (no FILE needed).")
    Path resume;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    SparkOptions sparkOptions;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        sparkOptions.apply();
        OutputOption.check(output, spec);
        ExperimentRunner runner = Console.runner(
                System.out,
                pluginOptions,
                "deltanet "
                        + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        InterruptSignals signals = InterruptSignals.install(runner::interrupt, System.err);
        RunOutcome outcome;
        if (resume != null) {
            if (file != null || !overrides.list().isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--resume continues a run exactly as it started, from its own RUN_DIR/experiment.yaml, so"
                                + " that it ends as an uninterrupted run would; it takes no FILE or --set. To change a"
                                + " setting anyway (e.g. more epochs), edit RUN_DIR/experiment.yaml; to train other"
                                + " settings from a finished run's weights, start a new run with --initial-model"
                                + " RUN_DIR/model.yaml");
            }
            outcome = runner.resume(resume);
        } else {
            if (file == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "missing FILE: the experiment to train, e.g. deltanet train examples/xor.yaml");
            }
            outcome = Experiments.wire(
                    runner, file, overrides.list(), config -> runner.train(config, output, initialModel));
        }
        if (outcome.result().interrupted()) {
            return signals.exitCode();
        }
        if (outcome.evaluation() != null) {
            System.out.println("test: " + ScoresTable.summaryLine(outcome.evaluation()));
        }
        System.out.println("deltanet: done; results in " + outcome.run().path());
        return ExitCode.OK.code();
    }
}
