package org.deltanet.experiment.session;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.TypeLiteral;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.dashboard.Report;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.MeasuredKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Backpropagation;
import org.deltanet.engine.train.Evaluator;
import org.deltanet.engine.train.Metrics;
import org.deltanet.engine.train.NonFiniteOutputException;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.engine.train.TrainingLoop;
import org.deltanet.engine.train.TrainingResult;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.files.AtomicFiles;
import org.deltanet.experiment.model.Checkpoint;
import org.deltanet.experiment.model.Checkpoints;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.rundir.EarlyStoppingListener;
import org.deltanet.rundir.EpochRow;
import org.deltanet.rundir.MetricsCharts;
import org.deltanet.rundir.MetricsCsvListener;
import org.deltanet.rundir.MetricsHistory;
import org.deltanet.rundir.ProgressListener;
import org.deltanet.rundir.RunDirectory;
import org.deltanet.rundir.RunStatus;
import org.deltanet.rundir.RunSummary;
import org.deltanet.rundir.SummaryWriter;
import org.deltanet.experiment.wiring.ExperimentData;
import org.deltanet.experiment.wiring.ExperimentInjector;
import org.deltanet.experiment.wiring.ModelDescription;
import org.deltanet.experiment.wiring.RunSettings;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.PluginFailureException;
import org.deltanet.loader.PluginJar;
import org.deltanet.loader.PluginLoader;

/**
 * Validates, trains and resumes experiments.
 *
 * <p>A run is wired completely (data read, network built, plugins and sizes checked) before its
 * directory is created, so a config mistake leaves nothing behind. Once the directory exists, the
 * resolved config is written first; a failure from then on marks the run {@code failed} with its
 * reason and writes the summary before the error reaches the caller.
 *
 * <p>Plugins come from deltanet itself, the plugin loader's jars and folders, and the experiment's
 * own {@code plugins:} list. An error thrown by a plugin jar's code while wiring or training
 * becomes a {@link PluginFailureException} that names the plugin and its jar.
 */
public final class ExperimentRunner {

    private static final Key<Set<TrainingListener>> LISTENERS = Key.get(new TypeLiteral<>() { });

    private final PrintStream console;
    private final ProgressListener.Style style;
    private final PluginLoader pluginLoader;
    private final ExperimentLoader loader = new ExperimentLoader();

    /**
     * @param console      where progress and the run directory are printed
     * @param style        progress bar or plain lines
     * @param pluginLoader installs the built-in plugins and those of plugin jars
     */
    public ExperimentRunner(PrintStream console, ProgressListener.Style style, PluginLoader pluginLoader) {
        this.console = console;
        this.style = style;
        this.pluginLoader = pluginLoader;
    }

    /** The plugins visible to this runner outside any experiment (the experiments' own jars aside). */
    public PluginResolver plugins() {
        return new PluginResolver(pluginLoader.load().registry());
    }

    /**
     * Wires the experiment without training: reads the data, builds the network, resolves every
     * plugin and checks every size.
     *
     * @return a short description of what would be trained
     */
    public String validate(ExperimentConfig config) {
        InstalledPlugins plugins = install(config);
        Injector injector = injector(config, plugins, RunSettings.fresh(console, style), () -> {
            throw new IllegalStateException("validation creates no run directory");
        });
        blaming(plugins, () -> GuiceErrors.unwrapped(() -> injector.getInstance(TrainingLoop.class)));
        return Descriptions.of(config, injector.getInstance(ExperimentData.class), injector.getInstance(Network.class));
    }

    /**
     * Wires the experiment as {@link #train} would, without a run directory, for a caller that
     * steps the training by hand (as {@code deltanet explain} does).
     *
     * @param initialModel a model file whose network replaces the config's initial weights; may be null
     */
    public WiredExperiment wire(ExperimentConfig experiment, Path initialModel) {
        ExperimentConfig config = experiment.withoutSweep();
        InstalledPlugins plugins = install(config);
        RunSettings settings = startingFrom(initialModel, plugins);
        Injector injector = injector(config, plugins, settings, () -> {
            throw new IllegalStateException("a wired experiment creates no run directory");
        });
        return blaming(plugins, () -> GuiceErrors.unwrapped(() -> new WiredExperiment(
                injector.getInstance(Network.class), injector.getInstance(Loss.class),
                injector.getInstance(Optimizer.class), injector.getInstance(TrainingConfig.class),
                injector.getInstance(ExperimentData.class))));
    }

    /**
     * Trains into a new run directory under {@code output} (or the config's {@code output}). A
     * {@code sweep} section is left out, with a note: {@code deltanet sweep} runs it.
     *
     * @param output       overrides the config's output folder; may be null
     * @param initialModel a model file whose network replaces the config's initial weights; may be null
     */
    public RunOutcome train(ExperimentConfig experiment, Path output, Path initialModel) {
        Instant started = Instant.now();
        if (experiment.sweep() != null) {
            console.println("deltanet: note: train leaves out the sweep section (deltanet sweep runs it) "
                    + "and trains the experiment as written");
        }
        ExperimentConfig config = experiment.withoutSweep();
        InstalledPlugins plugins = install(config);
        Path folder = output != null ? output : Path.of(config.output());
        RunSettings settings = startingFrom(initialModel, plugins);
        Injector injector = injector(config, plugins, settings, () -> create(folder, config.name()));
        TrainingLoop trainer = blaming(plugins,
                () -> GuiceErrors.unwrapped(() -> injector.getInstance(TrainingLoop.class)));
        RunDirectory run = GuiceErrors.unwrapped(() -> injector.getInstance(RunDirectory.class));
        console.println("deltanet: run directory " + run.path());
        ExperimentConfig completed = new PluginResolver(plugins.registry()).complete(config);
        List<PluginJar> used = Provenance.jarsUsed(completed, plugins);
        return execute(config, plugins, injector, trainer, run, settings, started, () -> write(run.experimentFile(),
                Provenance.header(used, pluginLoader.preferred(), initialModel) + loader.write(completed.withPlugins(
                        used.stream().map(jar -> jar.path().toString()).toList()))));
    }

    /**
     * Continues an interrupted run from its newest checkpoint, in the same directory, to the same
     * final weights as an uninterrupted run.
     */
    public RunOutcome resume(Path runDirectory) {
        Instant started = Instant.now();
        RunDirectory run = open(runDirectory);
        ExperimentConfig config = loader.load(run.experimentFile(), List.of());
        InstalledPlugins plugins = install(config);
        Checkpoint checkpoint = Checkpoints.read(newestCheckpoint(run), new PluginResolver(plugins.registry()));
        RunSettings settings = new RunSettings(console, style, checkpoint.model().network(), checkpoint.epoch(),
                checkpoint.optimizerState(), checkpoint.model().classes());
        Injector injector = injector(config, plugins, settings, () -> run);
        TrainingLoop trainer = blaming(plugins,
                () -> GuiceErrors.unwrapped(() -> injector.getInstance(TrainingLoop.class)));
        console.println("deltanet: resuming " + run.path() + " after epoch " + checkpoint.epoch());
        return execute(config, plugins, injector, trainer, run, settings, started, () -> {
            try {
                run.markRunning();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fresh run's settings: from the initial model's network and classes, if there is one. */
    private RunSettings startingFrom(Path initialModel, InstalledPlugins plugins) {
        Model initial = initialModel == null ? null
                : ModelFiles.read(initialModel, new PluginResolver(plugins.registry()));
        return new RunSettings(console, style, initial == null ? null : initial.network(), 0, new OptimizerState(),
                initial == null ? List.of() : initial.classes());
    }

    /** The runner's plugins and those the experiment file lists. */
    private InstalledPlugins install(ExperimentConfig config) {
        return pluginLoader.load(config.plugins().stream().map(Path::of).toList());
    }

    private Injector injector(ExperimentConfig config, InstalledPlugins plugins, RunSettings settings,
                              Provider<RunDirectory> run) {
        return blaming(plugins, () -> GuiceErrors.unwrapped(() -> ExperimentInjector.create(config,
                new PluginResolver(plugins.registry()), settings, run, plugins.classLoaders())));
    }

    /**
     * Runs a step, turning whatever a plugin jar's code threw ({@link Error}s included) into a
     * {@link PluginFailureException} that names the plugin and jar, and so is a NaN that an
     * activation made of a finite input.
     */
    private static <T> T blaming(InstalledPlugins plugins, Supplier<T> step) {
        try {
            return step.get();
        } catch (NonFiniteOutputException e) {
            throw new PluginFailureException(e.describe(plugins.origin(e.activation())), e);
        } catch (RuntimeException | Error e) {
            Optional<PluginFailureException> blamed = plugins.blame(e);
            if (blamed.isPresent()) {
                throw blamed.get();
            }
            throw e;
        }
    }

    private RunOutcome execute(ExperimentConfig config, InstalledPlugins plugins, Injector injector, TrainingLoop trainer,
                               RunDirectory run, RunSettings settings, Instant started, Runnable prepare) {
        Network network = injector.getInstance(Network.class);
        MatrixKernels kernels = injector.getInstance(MatrixKernels.class);
        RunReport report = new RunReport(config, run, network, kernels.name(), started);
        try {
            return blaming(plugins, () -> {
                try {
                    prepare.run();
                    ExperimentData data = injector.getInstance(ExperimentData.class);
                    report.kernel = chooseKernels(kernels, network, injector.getInstance(TrainingConfig.class)
                            .batchSizeFor(data.training().size()), data.training().size());
                    Set<TrainingListener> listeners = GuiceErrors.unwrapped(() -> injector.getInstance(LISTENERS));
                    report.history = injector.getInstance(MetricsCsvListener.class).history();
                    report.stopping = listeners.stream().filter(EarlyStoppingListener.class::isInstance)
                            .map(EarlyStoppingListener.class::cast).findFirst().orElse(null);
                    TrainingResult result;
                    try (ProgressListener progress = injector.getInstance(ProgressListener.class)) {
                        result = trainer.resume(data.training(), data.validation(), List.copyOf(listeners),
                                settings.optimizerState(), settings.completedEpochs());
                    }
                    report.result = result;
                    if (result.stoppedEarly() && report.stopping != null) {
                        console.println("deltanet: " + report.stopping.announcement(result.lastEpoch(),
                                config.training().epochs(), result.lastEpoch()));
                    }
                    ModelFiles.write(run.modelFile(), injector.getInstance(ModelDescription.class).of(network));
                    Metrics test = data.test() == null ? null
                            : new Evaluator(network, injector.getInstance(Loss.class), kernels).evaluate(data.test());
                    report.test = test;
                    MetricsCharts.writeAll(injector.getInstance(MetricsCsvListener.class).history(), run);
                    report.finish(RunStatus.complete());
                    run.markComplete();
                    writeReport(run);
                    return new RunOutcome(run, result, test, network);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write to " + run.path() + ": " + e.getMessage(), e);
                }
            });
        } catch (RuntimeException | Error e) {
            report.fail(e);
            writeReport(run);
            throw e;
        }
    }

    /** {@code report.html} beside the run's files; one that cannot be written is a warning, not a failed run. */
    private void writeReport(RunDirectory run) {
        try {
            Report.write(run.path());
        } catch (IOException | RuntimeException e) {
            console.println("deltanet: warning: cannot write " + run.path().resolve(Report.FILE) + ": " + e.getMessage());
        }
    }

    /**
     * Times the kernels on the products of this run's batches (which also warms the JIT on them
     * before the first epoch) and prints each choice with its reason; returns what
     * {@code summary.txt} records.
     */
    private String chooseKernels(MatrixKernels kernels, Network network, int batch, int examples) {
        if (!(kernels instanceof MeasuredKernels measured)) {
            console.println("deltanet: matrix kernels " + kernels.name());
            return kernels.name();
        }
        List<MeasuredKernels.Shape> shapes = new ArrayList<>(Backpropagation.products(network, batch));
        if (examples % batch != 0) {
            shapes.addAll(Backpropagation.products(network, examples % batch));
        }
        long start = System.nanoTime();
        measured.measure(shapes);
        String took = String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
        List<String> lines = measured.report().stream()
                .filter(line -> shapes.stream().anyMatch(shape -> line.startsWith(shape + ":"))).toList();
        console.println("deltanet: matrix kernels " + measured.name() + (measured.candidates().size() > 1
                ? ", fastest measured on each product of this run (timed in " + took + "):"
                : " (warmed up in " + took + ")"));
        if (measured.candidates().size() > 1) {
            lines.forEach(line -> console.println("  " + line));
        }
        return measured.candidates().size() > 1 ? measured.name() + "; " + String.join("; ", lines)
                : measured.name();
    }

    private static RunDirectory create(Path output, String name) {
        try {
            return RunDirectory.create(output, name, Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new ConfigException("cannot create a run directory in " + output + ": " + reason(output, e)
                    + "; give --output (or the file's output key) a folder you can write to", e);
        }
    }

    private static String reason(Path output, IOException e) {
        for (Path folder = output.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                return folder + " is a file, not a folder";
            }
        }
        return e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private static RunDirectory open(Path directory) {
        try {
            RunDirectory run = RunDirectory.open(directory);
            if (run.status().isComplete()) {
                throw new ConfigException(directory + ": this run is complete; there is nothing to resume");
            }
            return run;
        } catch (NoSuchFileException e) {
            throw new ConfigException(directory + ": " + e.getReason()
                    + "; give the directory train printed, e.g. runs/xor-20260101-120000", e);
        } catch (IOException e) {
            throw new ConfigException(directory + ": not a run directory (" + e.getMessage() + ")", e);
        }
    }

    private static Path newestCheckpoint(RunDirectory run) {
        Path folder = run.checkpointsDirectory();
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches("epoch-\\d+\\.yaml")).sorted()
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new ConfigException(run.path() + ": no checkpoint to resume from; the run "
                            + "stopped before its first checkpoint (set training.checkpoint-every to write them)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** What the summary needs, filled in as the run goes. */
    private static final class RunReport {
        private final ExperimentConfig config;
        private final RunDirectory run;
        private final Network network;
        private String kernel;
        private final Instant started;
        private TrainingResult result;
        private Metrics test;
        private EarlyStoppingListener stopping;
        /** The finished epochs, also when training ended with an error. */
        private MetricsHistory history;

        RunReport(ExperimentConfig config, RunDirectory run, Network network, String kernel, Instant started) {
            this.config = config;
            this.run = run;
            this.network = network;
            this.kernel = kernel;
            this.started = started;
        }

        void finish(RunStatus status) throws IOException {
            OptionalInt best = stopping == null ? OptionalInt.empty() : stopping.bestEpoch();
            List<EpochRow> epochs = history == null ? List.of() : history.rows();
            EpochRow last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
            SummaryWriter.write(run, new RunSummary(config.name(), status, last == null ? 0 : last.epoch(),
                    config.training().epochs(), result != null && result.stoppedEarly(), best,
                    last == null ? null : last.training(), last == null ? null : last.validation(), test,
                    Duration.between(started, Instant.now()), network.parameterCount(), kernel));
        }

        /** Marks the run failed; a failure to record the failure is added to the original error. */
        void fail(Throwable error) {
            String reason = error instanceof OutOfMemoryError ? "out of memory (" + error.getMessage() + ")"
                    : error.getMessage() == null ? error.toString() : error.getMessage();
            try {
                finish(RunStatus.failed(reason));
                run.markFailed(reason);
            } catch (IOException | RuntimeException secondary) {
                error.addSuppressed(secondary);
            }
        }
    }
}
