package org.deltanet.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.deltanet.api.Loss;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.engine.train.Metrics;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.PluginSpec;
import org.deltanet.data.csv.CsvSource;
import org.deltanet.data.LabelEncoding;
import org.deltanet.data.LabeledData;
import org.deltanet.data.idx.MnistSource;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deltanet evaluate}: loss and accuracy of a saved model on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Loss and accuracy of a trained model on labelled data: a CSV file with a header (name its label "
                + "column with --label) or MNIST IDX files (--data IMAGES --labels LABELS).",
            "The model's feature scaling and classes are applied as in training."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file, e.g. runs/iris-.../model.yaml.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "A CSV file, or an IDX images file.")
    Path data;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The CSV file's label column.")
    String label;

    @Option(names = "--labels", paramLabel = "FILE", description = "The IDX labels file belonging to --data.")
    Path labels;

    @Option(names = "--loss", paramLabel = "NAME", description = "The loss to report (default: the one the model was trained with).")
    String loss;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        PluginResolver plugins = Console.runner(System.out, pluginOptions).plugins();
        Model trained = ModelFiles.read(model, plugins);
        Dataset examples = ModelInputs.scaled(trained, read(trained).data());
        Loss measure = plugins.loss(loss != null ? PluginSpec.of(loss) : trained.loss().orElseThrow(() ->
                new ConfigException(model + " records no loss; name one with --loss, e.g. --loss cross-entropy")));
        Metrics metrics = new Evaluator(trained.network(), measure, Kernels.best()).evaluate(examples);
        System.out.printf(Locale.ROOT, "%d examples  loss %.4f  accuracy %.4f%n", examples.size(), metrics.loss(),
                metrics.accuracy());
        return ExitCode.OK.code();
    }

    private LabeledData read(Model trained) {
        if (labels != null) {
            return MnistSource.read(data, labels);
        }
        if (label == null) {
            throw new ConfigException("name the CSV file's label column with --label, or give IDX files with --labels");
        }
        LabelEncoding encoding = trained.classes().isEmpty() ? LabelEncoding.NUMERIC : LabelEncoding.ONE_HOT;
        return new CsvSource(label, java.util.List.of(), encoding).read(data, trained.classes());
    }
}
