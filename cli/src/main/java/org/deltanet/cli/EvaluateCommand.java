package org.deltanet.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.deltanet.api.Loss;
import org.deltanet.data.DataSource;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.engine.train.Metrics;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.session.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code deltanet evaluate}: loss and accuracy of a saved model on labelled data, read by any
 * installed data format. {@code --source} takes a data section as experiment files write it;
 * {@code --data} with {@code --label} (a CSV file) or {@code --labels} (IDX files) is short for the
 * csv and idx sections.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Loss and accuracy of a trained model on labelled data: a data section as in experiment files "
                    + "(--source '{type: csv, file: test.csv, label: species}'), or for short a CSV file with a header "
                    + "(--data FILE --label COLUMN) or MNIST IDX files (--data IMAGES --labels LABELS).",
            "The model's feature scaling and classes are applied as in training; CSV columns are matched to the "
                    + "model's features by header name."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file, e.g. runs/iris-.../model.yaml.")
    Path model;

    @Option(
            names = "--source",
            paramLabel = "SECTION",
            description = "A data section, e.g. '{type: idx, images: t10k-images.gz, labels: t10k-labels.gz}'.")
    String source;

    @Option(names = "--data", paramLabel = "FILE", description = "A CSV file, or an IDX images file.")
    Path data;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The CSV file's label column.")
    String label;

    @Option(names = "--labels", paramLabel = "FILE", description = "The IDX labels file belonging to --data.")
    Path labels;

    @Option(
            names = "--loss",
            paramLabel = "NAME",
            description = "The loss to report (default: the one the model was trained with).")
    String loss;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
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
        Metrics metrics = new Evaluator(trained.network(), measure, Kernels.best()).evaluate(examples);
        System.out.printf(
                Locale.ROOT,
                "%d examples  loss %.4f  accuracy %.4f%n",
                examples.size(),
                metrics.loss(),
                metrics.accuracy());
        return ExitCode.OK.code();
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
        if (label == null) {
            throw new ConfigException("name the CSV file's label column with --label, or give IDX files with --labels");
        }
        String encoding = trained.classes().isEmpty() ? "numeric" : "one-hot";
        return "{type: csv, file: " + quoted(data) + ", label: " + quoted(label) + ", labels: " + encoding + "}";
    }

    /** A YAML double-quoted scalar: any path or header reads back as written. */
    private static String quoted(Object text) {
        return "\"" + text.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
