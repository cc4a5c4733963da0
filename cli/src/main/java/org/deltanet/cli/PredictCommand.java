package org.deltanet.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.deltanet.api.Loss;
import org.deltanet.data.csv.CsvSource;
import org.deltanet.data.csv.CsvWriter;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deltanet predict}: a saved model's outputs for the rows of a CSV file. */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Print a trained model's outputs for each row of a CSV file with a header, as CSV: the predicted "
                    + "class (for classifiers) and every output.",
            "Columns are matched to the model's features by header name; any other column is an error unless "
                    + "--ignore leaves it out (e.g. a label) or --features lists the features."
        })
final class PredictCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "MODEL",
            description = "A model file, e.g. runs/iris-.../model.yaml, or the run directory that holds it.")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "CSV", description = "The examples, one per row.")
    Path input;

    @Option(
            names = "--features",
            split = ",",
            paramLabel = "COLUMN",
            description = "Feature columns (for a model that records no feature names: in training order).")
    List<String> features = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "COLUMN", description = "A column to leave out, e.g. the label.")
    String ignore;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        return Console.runner(System.out, pluginOptions).withPlugins(this::run);
    }

    /** The command's work; whatever a plugin jar's code throws in it names the plugin and its jar. */
    private Integer run(PluginResolver plugins) {
        Model trained = TrainedModels.read(model, plugins);
        int outputs = trained.network().outputSize();
        Dataset rows =
                ModelInputs.scaled(trained, CsvSource.unlabeled(input, features, ignore, trained.features(), outputs));
        // The evaluator wants a loss; predictions do not depend on which.
        Loss anyLoss = plugins.loss(trained.loss().orElse(PluginSpec.of("squared-error")));
        double[] predictions = new Evaluator(trained.network(), anyLoss, Kernels.best()).predict(rows);
        print(System.out, trained.classes(), trained.targets(), predictions, outputs);
        return ExitCode.OK.code();
    }

    /** The table as CSV (through Jackson's generator, so a class named {@code a,b} is quoted). */
    /** @param targets the outputs' names when they are label columns (and not classes); may be empty */
    private static void print(
            PrintStream out, List<String> classes, List<String> targets, double[] predictions, int outputs) {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.to(writer);
        List<String> header = new ArrayList<>();
        if (!classes.isEmpty()) {
            header.add("class");
        }
        for (int j = 0; j < outputs; j++) {
            header.add(!classes.isEmpty() ? classes.get(j) : targets.isEmpty() ? "output" + (j + 1) : targets.get(j));
        }
        csv.row(header);
        List<String> row = new ArrayList<>();
        for (int r = 0; r < predictions.length / outputs; r++) {
            row.clear();
            if (!classes.isEmpty()) {
                int best = 0;
                for (int j = 1; j < outputs; j++) {
                    best = predictions[r * outputs + j] > predictions[r * outputs + best] ? j : best;
                }
                row.add(classes.get(best));
            }
            for (int j = 0; j < outputs; j++) {
                row.add(String.format(Locale.ROOT, "%.6f", predictions[r * outputs + j]));
            }
            csv.row(row);
        }
        csv.flush();
    }
}
