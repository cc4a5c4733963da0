package org.deltanet.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.deltanet.cli.explain.Derivation;
import org.deltanet.cli.explain.Document;
import org.deltanet.cli.explain.Explanation;
import org.deltanet.cli.explain.Format;
import org.deltanet.cli.explain.SeedArticle;
import org.deltanet.cli.explain.StepRecord;
import org.deltanet.cli.explain.View;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.session.ExperimentRunner;
import org.deltanet.experiment.wiring.WiredExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deltanet explain}: trains the first steps of an experiment and prints every number of
 * each, in the seed article's notation. Writes no run directory.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Train the first steps of the experiment in FILE and print every number of each: z and a of "
                    + "every neuron, the output delta and its rule, the delta rule, every weight's gradient and new "
                    + "value, the loss before and after. Writes nothing.",
            "Example: deltanet explain examples/seed.yaml"
        })
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The experiment file (YAML).")
    Path file;

    @Option(
            names = "--steps",
            paramLabel = "N",
            defaultValue = "1",
            description = "Training steps to explain (default 1).")
    int steps;

    @Mixin
    OverrideOptions overrides;

    @Option(
            names = "--initial-model",
            paramLabel = "MODEL",
            description = "Start from the weights of this model file (or of the run directory that holds it) instead"
                    + " of the file's initial weights.")
    Path initialModel;

    @Option(
            names = {"--digits", "--precision"},
            paramLabel = "K",
            defaultValue = "4",
            description = "Digits after the decimal point (default 4).")
    int digits;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default) or markdown (tables to paste).")
    String format;

    @Option(names = "--layer", paramLabel = "L", description = "Show only layer L (1-based).")
    Integer layer;

    @Option(
            names = "--neurons",
            paramLabel = "LIST",
            description = "Show only these neurons (1-based) of each shown layer, e.g. 1,3,5-8.")
    String neurons;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Format chosen = format();
        if (steps < 1 || steps > 1000) {
            throw usage("--steps " + steps + ": explain shows 1 to 1000 steps");
        }
        if (digits < 1 || digits > 17) {
            throw usage("--digits " + digits + ": give 1 to 17 digits after the decimal point");
        }
        ExperimentRunner runner = Console.runner(System.err, pluginOptions);
        return Experiments.wire(
                runner, file, overrides.list(), config -> runner.wire(config, initialModel, e -> explain(e, chosen)));
    }

    /** Steps the wired experiment and prints the explanation; plugin failures name their jar. */
    private Integer explain(WiredExperiment experiment, Format chosen) {
        Network network = experiment.network();
        View view;
        try {
            view = View.of(network, layer, neurons);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Derivation derivation = new Derivation(experiment);
        String tooLarge = view.tooLarge(derivation.batchSize());
        if (tooLarge != null) {
            throw usage(file + ": " + tooLarge);
        }
        boolean seed = SeedArticle.is(network, experiment.loss(), experiment.optimizer());
        boolean shortcut = experiment
                .loss()
                .shortcutFor(network.layer(network.depth()).activation())
                .isPresent();
        List<StepRecord> records = derivation.run(steps);
        Document document =
                new Explanation(network, experiment.loss(), experiment.optimizer(), shortcut, view, digits).of(records);
        if (seed) {
            document.line(SeedArticle.NOTE);
        }
        if (experiment.training().regularization().active()) {
            document.line("Note: these are plain gradient-descent steps; the experiment's regularization (penalties,"
                    + " dropout, clipping, class weights) applies when it is trained, not here.");
        }
        System.out.print(chosen.render(document));
        return ExitCode.OK.code();
    }

    private Format format() {
        try {
            return Format.of(format);
        } catch (IllegalArgumentException e) {
            throw usage("--format " + format + ": expected text or markdown");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
