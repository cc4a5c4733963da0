package org.deltanet.experiment.session;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.train.NonFiniteOutputException;
import org.deltanet.engine.train.TrainingPosition;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.experiment.model.Checkpoint;
import org.deltanet.experiment.model.Checkpoints;
import org.deltanet.experiment.model.Model;
import org.deltanet.experiment.model.ModelFiles;
import org.deltanet.experiment.wiring.ExperimentDataLoader;
import org.deltanet.experiment.wiring.ExperimentWiring;
import org.deltanet.experiment.wiring.ExtensionJars;
import org.deltanet.experiment.wiring.RunSettings;
import org.deltanet.experiment.wiring.WiredExperiment;
import org.deltanet.files.AtomicFiles;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.PluginFailureException;
import org.deltanet.loader.PluginJar;
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.EarlyStoppingListener;
import org.deltanet.rundir.ProgressListener;
import org.deltanet.rundir.RunDirectory;
import org.deltanet.rundir.RunLock;

/**
 * Validates, trains and resumes experiments.
 *
 * <p>A run is wired completely (data read, network built, plugins and sizes checked) before its
 * directory is created, so a config mistake leaves nothing behind. Once the directory exists, the
 * resolved config is written first; a failure from then on marks the run {@code failed} with its
 * reason and writes the summary before the error reaches the caller.
 *
 * <p>The data is read and the experiment's object graph built once ({@link ExperimentWiring}); the
 * run's files and listeners are then handled by a {@link TrainingRun}, with the listeners of any
 * extension jar's {@link ExperimentExtension}.
 *
 * <p>Plugins come from deltanet itself, the plugin loader's jars and folders, and the experiment's
 * own {@code plugins:} list. An error thrown by a plugin jar's code while wiring or training
 * becomes a {@link PluginFailureException} that names the plugin and its jar.
 */
public final class ExperimentRunner {

    private final PrintStream console;
    private final ProgressListener.Style style;
    private final PluginLoader pluginLoader;
    private final String command;
    private final int threads;
    private final ExperimentLoader loader;
    private final Interrupts interrupts = new Interrupts();

    /**
     * @param console      where progress and the run directory are printed
     * @param style        progress bar or plain lines
     * @param pluginLoader installs the built-in plugins and those of plugin jars
     */
    public ExperimentRunner(PrintStream console, ProgressListener.Style style, PluginLoader pluginLoader) {
        this(console, style, pluginLoader, null);
    }

    /**
     * As {@link #ExperimentRunner(PrintStream, ProgressListener.Style, PluginLoader)}, recording the
     * command line in each run's summary.txt and model.yaml.
     *
     * @param command the command line that runs this runner, e.g. {@code deltanet train xor.yaml}; may be null
     */
    public ExperimentRunner(
            PrintStream console, ProgressListener.Style style, PluginLoader pluginLoader, String command) {
        this(console, style, pluginLoader, command, Kernels.defaultThreads());
    }

    /**
     * As {@link #ExperimentRunner(PrintStream, ProgressListener.Style, PluginLoader, String)}, with
     * each run's matrix kernels on {@code threads} threads instead of {@link Kernels#defaultThreads()}:
     * a sweep's variant trains on the cores its Spark task was given, beside the other variants.
     *
     * @param threads at least 1 ({@link RunSettings} refuses fewer)
     */
    public ExperimentRunner(
            PrintStream console, ProgressListener.Style style, PluginLoader pluginLoader, String command, int threads) {
        this.console = console;
        this.style = style;
        this.pluginLoader = pluginLoader.withExtensions(ExtensionJars.POINT);
        this.command = command;
        this.threads = threads;
        this.loader = ExtensionJars.experimentLoader(this.pluginLoader);
    }

    /**
     * Reads experiment files (and {@code --source} sections) as this runner trains them: a data
     * section may be of a format from a plugin jar, the experiment's own or this runner's.
     */
    public ExperimentLoader experiments() {
        return loader;
    }

    /** The plugins visible to this runner outside any experiment (the experiments' own jars aside). */
    public PluginResolver plugins() {
        return new PluginResolver(pluginLoader.load().registry());
    }

    /**
     * Runs a command's work (predict, evaluate) with this runner's plugins: whatever a plugin jar's
     * code throws in it, {@link Error}s included, names the plugin and its jar (exit 6).
     */
    public <T> T withPlugins(Function<PluginResolver, T> work) {
        InstalledPlugins plugins = pluginLoader.load();
        return blaming(plugins, () -> work.apply(new PluginResolver(plugins.registry())));
    }

    /**
     * Wires the experiment without training: reads the data, builds the network, resolves every
     * plugin and checks every size.
     *
     * @return a short description of what would be trained
     */
    public String validate(ExperimentConfig config) {
        InstalledPlugins plugins = install(config);
        WiredExperiment wired = wire(config, plugins, RunSettings.fresh(console, style, threads));
        return Descriptions.of(
                config, wired.data(), wired.network(), wired.training().regularization());
    }

    /**
     * Wires the experiment as {@link #train} would, without a run directory, and hands it to a
     * caller that steps the training by hand (as {@code deltanet explain} does); whatever a plugin
     * jar's code throws meanwhile names the plugin and its jar.
     *
     * @param initialModel a model file (or the run directory holding it) whose network replaces the
     *                     config's initial weights; may be null
     */
    public <T> T wire(ExperimentConfig experiment, Path initialModel, Function<WiredExperiment, T> use) {
        ExperimentConfig config = experiment.withoutSweep();
        InstalledPlugins plugins = install(config);
        WiredExperiment wired = wire(config, plugins, startingFrom(initialModel, plugins));
        return blaming(plugins, () -> use.apply(wired));
    }

    /**
     * Trains into a new run directory under {@code output} (or the config's {@code output}). A
     * {@code sweep} section is left out, with a note: {@code deltanet sweep} runs it.
     *
     * @param output       overrides the config's output folder; may be null
     * @param initialModel a model file (or the run directory holding it) whose network replaces the
     *                     config's initial weights; may be null
     */
    public RunOutcome train(ExperimentConfig experiment, Path output, Path initialModel) {
        Instant started = Instant.now();
        if (experiment.sweep() != null) {
            console.println("deltanet: note: train leaves out the sweep section (deltanet sweep runs it) "
                    + "and trains the experiment as written");
        }
        ExperimentConfig config = experiment.withoutSweep();
        InstalledPlugins plugins = install(config);
        Path startFrom = initialModel != null
                ? ModelFiles.modelFileOf(initialModel)
                : Provenance.initialModel(config.provenance());
        RunSettings settings = startingFrom(startFrom, plugins);
        WiredExperiment wired = wire(config, plugins, settings);
        Optional<EarlyStoppingListener> stopping = ExperimentWiring.earlyStopping(config, wired);
        RunDirectory run = RunDirectories.create(output != null ? output : Path.of(config.output()), config.name());
        console.println("deltanet: run directory " + run.path());
        ExperimentConfig completed = new PluginResolver(plugins.registry()).complete(config);
        List<PluginJar> used = Provenance.jarsUsed(completed, plugins);
        try (RunLock lock = RunDirectories.lock(run)) {
            return execute(
                    plugins,
                    trainingRun(completed, plugins, wired, stopping, run, settings, started),
                    () -> write(
                            run.experimentFile(),
                            loader.write(completed
                                    .withPlugins(used.stream()
                                            .map(jar -> jar.path().toString())
                                            .toList())
                                    .withProvenance(Provenance.of(used, preferred(config), startFrom)))));
        }
    }

    /**
     * Continues an interrupted run from its newest checkpoint, in the same directory, to the same
     * final weights as an uninterrupted run.
     */
    public RunOutcome resume(Path runDirectory) {
        Instant started = Instant.now();
        RunDirectory run = RunDirectories.unfinished(runDirectory);
        try (RunLock lock = RunDirectories.lock(run)) {
            return resume(run, started);
        }
    }

    private RunOutcome resume(RunDirectory run, Instant started) {
        ExperimentConfig config = loader.load(run.experimentFile(), List.of());
        InstalledPlugins plugins;
        try {
            plugins = install(config);
        } catch (ConfigException e) {
            throw loader.locate(e, run.experimentFile(), List.of());
        }
        RunDirectories.removeTemporaryFiles(run);
        Path newest = RunDirectories.newestCheckpoint(run);
        Checkpoint checkpoint = Checkpoints.read(newest, new PluginResolver(plugins.registry()));
        CheckpointMatch.check(config, run.experimentFile(), checkpoint.model().network(), newest);
        RunSettings settings = new RunSettings(
                console,
                style,
                checkpoint.model().network(),
                checkpoint.position(),
                checkpoint.optimizerState(),
                checkpoint.model().classes(),
                threads);
        WiredExperiment wired = wire(config, plugins, settings);
        Optional<EarlyStoppingListener> stopping = ExperimentWiring.earlyStopping(config, wired);
        TrainingPosition at = checkpoint.position();
        console.println("deltanet: resuming " + run.path()
                + (at.atEpochBoundary()
                        ? " after epoch " + at.completedEpochs()
                        : " inside epoch " + (at.completedEpochs() + 1) + ", after step " + at.stepsDone()));
        return execute(plugins, trainingRun(config, plugins, wired, stopping, run, settings, started), () -> {
            try {
                run.markRunning();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The training of a wired experiment in its run directory. */
    private TrainingRun trainingRun(
            ExperimentConfig config,
            InstalledPlugins plugins,
            WiredExperiment wired,
            Optional<EarlyStoppingListener> stopping,
            RunDirectory run,
            RunSettings settings,
            Instant started) {
        return new TrainingRun(
                config,
                wired,
                stopping,
                run,
                settings,
                started,
                interrupts,
                new PluginResolver(plugins.registry()),
                Provenance.ofModel(config, plugins, command));
    }

    /** A fresh run's settings: from the initial model's network and classes, if there is one. */
    private RunSettings startingFrom(Path initialModel, InstalledPlugins plugins) {
        Model initial =
                initialModel == null ? null : ModelFiles.read(initialModel, new PluginResolver(plugins.registry()));
        return new RunSettings(
                console,
                style,
                initial == null ? null : initial.network(),
                TrainingPosition.after(0),
                new OptimizerState(),
                initial == null ? List.of() : initial.classes(),
                threads);
    }

    /**
     * Asks the running training to stop at the next step boundary, write a checkpoint there, its
     * charts and summary, and mark the run interrupted; safe to call from a signal handler.
     */
    public void interrupt() {
        interrupts.request();
    }

    /**
     * The runner's plugins and those the experiment file lists; a run's experiment.yaml must find
     * the very jars its provenance records, and its preferred jars are preferred.
     */
    private InstalledPlugins install(ExperimentConfig config) {
        Provenance.checkJars(config.provenance());
        return pluginLoader
                .preferring(Provenance.preferred(config.provenance()))
                .load(config.plugins().stream().map(Path::of).toList());
    }

    /** The jars preferred for this experiment: {@code --prefer}'s, then those its provenance records. */
    private List<String> preferred(ExperimentConfig config) {
        return Stream.concat(pluginLoader.preferred().stream(), Provenance.preferred(config.provenance()).stream())
                .distinct()
                .toList();
    }

    /**
     * Reads the data, builds the experiment's object graph and checks what needs both (early
     * stopping on validation metrics, workers per mini-batch, a sweep's metric), so that {@code validate} finds every
     * configuration error {@code train} would, and {@code train} finds them before its run directory
     * exists; nothing is written.
     */
    private WiredExperiment wire(ExperimentConfig config, InstalledPlugins plugins, RunSettings settings) {
        WiredExperiment wired = blaming(
                plugins,
                () -> ExperimentWiring.wire(
                        config,
                        new PluginResolver(plugins.registry()),
                        settings,
                        new ExperimentDataLoader().load(config.data(), config.seed())));
        ExperimentWiring.earlyStopping(config, wired);
        ExperimentWiring.checkWorkers(config, wired);
        ExperimentWiring.checkSweepMetric(config.sweep(), wired.data().classes(), wired::loss);
        return wired;
    }

    /**
     * Runs {@code prepare} (what the directory needs first) and the training; a failure marks the
     * run failed before it reaches the caller.
     */
    private RunOutcome execute(InstalledPlugins plugins, TrainingRun training, Runnable prepare) {
        try {
            return blaming(plugins, () -> {
                prepare.run();
                return training.execute(extensions(plugins));
            });
        } catch (RuntimeException | Error e) {
            training.fail(e);
            throw e;
        }
    }

    /** The extension jars' {@link ExperimentExtension}s, each class once. */
    private static List<ExperimentExtension> extensions(InstalledPlugins plugins) {
        Map<Class<?>, ExperimentExtension> found = new LinkedHashMap<>();
        for (ClassLoader loader : plugins.classLoaders()) {
            for (ExperimentExtension extension : ServiceLoader.load(ExperimentExtension.class, loader)) {
                found.putIfAbsent(extension.getClass(), extension);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Runs a step, turning whatever a plugin jar's code threw ({@link Error}s included) into a
     * {@link PluginFailureException} that names the plugin and jar, and so is a NaN that an
     * activation made of a finite input.
     */
    private static <T> T blaming(InstalledPlugins plugins, Supplier<T> step) {
        return plugins.blaming(() -> {
            try {
                return step.get();
            } catch (NonFiniteOutputException e) {
                throw new PluginFailureException(e.describe(plugins.origin(e.activation())), e);
            }
        });
    }

    private static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
