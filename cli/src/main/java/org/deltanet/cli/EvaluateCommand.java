package org.deltanet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.deltanet.api.Loss;
import org.deltanet.data.DataSource;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.metrics.ScoreCounter;
import org.deltanet.engine.metrics.TargetKind;
import org.deltanet.engine.train.Evaluation;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.session.ExperimentRunner;
import org.deltanet.files.AtomicFiles;
import org.deltanet.rundir.scores.ScoresCsv;
import org.deltanet.rundir.scores.ScoresJson;
import org.deltanet.rundir.scores.ScoresTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code deltanet evaluate}: loss and scores of a saved model on labelled data, read by any
 * installed data format: for classes accuracy, the confusion matrix and per-class precision,
 * recall and F1; for 0/1 labels the same per label; for numbers MSE, MAE and R² (see
 * {@link ScoresTable}), as a table and, with {@code --json} and {@code --csv}, as files. {@code --source} takes a data section as experiment files write it;
 * {@code --data} with {@code --label} (a CSV file) or {@code --labels} (IDX files) is short for the
 * csv and idx sections.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Loss and scores of a trained model on labelled data: accuracy, confusion matrix and per-class "
                    + "precision, recall and F1 for classes; per-label scores for 0/1 labels; MSE, MAE and R² for "
                    + "numbers. The data: a data section as in experiment files "
                    + "(--source '{type: csv, file: test.csv, label: species}'), or for short a CSV file with a header "
                    + "(--data FILE --label COLUMN) or MNIST IDX files (--data IMAGES --labels LABELS).",
            "The model's feature scaling and classes are applied as in training; CSV columns are matched to the "
                    + "model's features by header name.",
            "--json FILE and --csv FILE also write the scores as JSON or as tidy CSV (metric,target,predicted,value);"
                    + " '-' writes them to standard output instead of the table."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "MODEL",
            description = "A model file, e.g. runs/iris-.../model.yaml, or the run directory that holds it.")
    Path model;

    @Option(
            names = "--source",
            paramLabel = "SECTION",
            description = "A data section, e.g. '{type: idx, images: t10k-images.gz, labels: t10k-labels.gz}'.")
    String source;

    @Option(names = "--data", paramLabel = "FILE", description = "A CSV file, or an IDX images file.")
    Path data;

    @Option(
            names = "--label",
            split = ",",
            paramLabel = "COLUMN",
            description = "The CSV file's label column, or columns (a,b,c); default: the model's label columns, if"
                    + " it records them.")
    List<String> label = new ArrayList<>();

    @Option(names = "--labels", paramLabel = "FILE", description = "The IDX labels file belonging to --data.")
    Path labels;

    @Option(
            names = "--loss",
            paramLabel = "NAME",
            description = "The loss to report (default: the one the model was trained with).")
    String loss;

    @Option(
            names = "--json",
            paramLabel = "FILE|-",
            description = "Also write the scores as JSON to FILE ('-': standard output, instead of the table).")
    Path json;

    @Option(
            names = "--csv",
            paramLabel = "FILE|-",
            description =
                    "Also write the scores as CSV (metric,target,predicted,value) to FILE ('-': standard output).")
    Path csv;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        checkDestination(json, "--json");
        checkDestination(csv, "--csv");
        if (isStandardOutput(json) && isStandardOutput(csv)) {
            throw new ParameterException(
                    spec.commandLine(), "--json - and --csv - both want standard output; write one of them to a file");
        }
        ExperimentRunner runner = Console.runner(System.out, pluginOptions);
        return runner.withPlugins(plugins -> run(plugins, runner.experiments()));
    }

    /** The command's work; whatever a plugin jar's code throws in it names the plugin and its jar. */
    private Integer run(PluginResolver plugins, ExperimentLoader experiments) {
        Model trained = TrainedModels.read(model, plugins);
        Dataset examples = ModelInputs.scaled(
                trained,
                source(trained, experiments)
                        .read(trained.classes(), trained.features())
                        .data());
        Loss measure = plugins.loss(
                loss != null
                        ? PluginSpec.of(loss)
                        : trained.loss()
                                .orElseThrow(() -> new ConfigException(
                                        model + " records no loss; name one with --loss, e.g. --loss cross-entropy")));
        Evaluation evaluation = new Evaluator(trained.network(), measure, Kernels.best())
                .evaluate(
                        examples,
                        ScoreCounter.of(
                                TargetKind.of(trained.classes(), measure),
                                trained.outputNames(),
                                trained.network().outputSize()));
        write(json, evaluation, ScoresJson::of);
        write(csv, evaluation, ScoresCsv::of);
        if (!isStandardOutput(json) && !isStandardOutput(csv)) {
            System.out.print(ScoresTable.of(evaluation));
        }
        System.out.flush();
        return ExitCode.OK.code();
    }

    private static boolean isStandardOutput(Path file) {
        return file != null && file.toString().equals("-");
    }

    /** Refuses, before anything is evaluated, a file that could not be written. */
    private void checkDestination(Path file, String option) {
        if (file == null || isStandardOutput(file)) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (file.toString().isBlank() || Files.isDirectory(file) || folder == null || !Files.isDirectory(folder)) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " " + file + ": " + (Files.isDirectory(file) ? "is a folder" : "its folder does not exist")
                            + "; give a file in an existing folder, or - for standard output");
        }
    }

    private static void write(Path file, Evaluation evaluation, Function<Evaluation, String> format) {
        if (file == null) {
            return;
        }
        String text = format.apply(evaluation);
        if (isStandardOutput(file)) {
            System.out.print(text);
            return;
        }
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The data section: {@code --source} as given, or the one {@code --data} stands for. */
    private DataSource source(Model trained, ExperimentLoader experiments) {
        if ((source == null) == (data == null)) {
            throw new ConfigException(
                    "give the data with --source SECTION, or with --data FILE and --label or --labels");
        }
        String section = source != null ? source : shorthand(trained);
        return experiments.source(section, source != null ? "--source" : "--data");
    }

    private String shorthand(Model trained) {
        if (labels != null) {
            return "{type: idx, images: " + quoted(data) + ", labels: " + quoted(labels) + "}";
        }
        List<String> columns = label.isEmpty() ? trained.targets() : label;
        if (columns.isEmpty()) {
            throw new ConfigException("name the CSV file's label column with --label, or give IDX files with --labels");
        }
        return "{type: csv, file: " + quoted(data) + ", label: ["
                + String.join(
                        ", ", columns.stream().map(EvaluateCommand::quoted).toList()) + "], labels: "
                + encoding(trained) + "}";
    }

    /**
     * How the model's label columns are read: classes with target names are probabilities, without
     * them one-hot; numbers are numeric (0/1 labels read as numbers score the same).
     */
    private static String encoding(Model trained) {
        if (trained.classes().isEmpty()) {
            return "numeric";
        }
        return trained.targets().isEmpty() ? "one-hot" : "probabilities";
    }

    /** A YAML double-quoted scalar: any path or header reads back as written. */
    private static String quoted(Object text) {
        return "\"" + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
