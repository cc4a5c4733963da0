package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deltanet.dashboard.Report;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.SweepConfig;
import org.deltanet.experiment.wiring.ExperimentWiring;
import org.deltanet.experiment.wiring.ExtensionJars;
import org.deltanet.files.AtomicFiles;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.RunDirectory;
import org.deltanet.rundir.RunStatus;
import org.deltanet.spark.PluginJars;
import org.deltanet.spark.SparkContexts;

/**
 * Runs a sweep: every variant of the experiment file's {@code sweep} section as one Spark job of
 * one task, all submitted at once so that they run side by side on the executors' cores.
 *
 * <p>Each variant is loaded on the driver first, as {@code train --set} would load it; a variant
 * whose values the experiment does not accept fails there, alone, and a sweep none of whose
 * variants load stops with the first error before anything is created. The data of the variants
 * that load is then read on the driver ({@link VariantChecks}): a missing or malformed data file,
 * a metric the targets do not have, or a plugin jar's data format that throws, stops the sweep
 * with {@code train}'s message before Spark starts or anything is created. The sweep directory
 * ({@code OUTPUT/NAME-sweep-yyyyMMdd-HHmmss}) holds:
 * <ul>
 *   <li>{@code STATUS}: {@code running}, then {@code complete} if every variant completed, else
 *       {@code failed: <how many> of <n> variants failed}, or {@code interrupted with <how many> of
 *       <n> variants not finished; resume with: ...} after {@link #interrupt()}; a sweep that was
 *       killed stays {@code running}, so it never looks complete when it is not;</li>
 *   <li>{@code experiment.yaml}: the experiment with its sweep section, every default filled in;</li>
 *   <li>one run directory per variant, {@code NAME-NN-yyyyMMdd-HHmmss}, as {@code train} writes it;</li>
 *   <li>{@code results.csv} and {@code results.txt}: the ranked table; {@code METRIC.png}: the
 *       metric against each swept key;</li>
 *   <li>{@code report.html}: the dashboard's sweep page in one file (ranking, metric against each
 *       key, every variant's curves) that opens without a server.</li>
 * </ul>
 * Since each variant's job is separate, a variant whose task fails for good (after Spark's retries)
 * fails alone, and the others finish. Each variant's run directory is written as soon as it ends.
 * A sweep that was interrupted, killed or failed is continued by {@link #resume}: the variants
 * whose run directories are there are kept, the others trained.
 */
public final class SweepRunner {

    private final PrintStream console;
    private final PluginLoader plugins;
    private final Confirmation confirm;
    private final ExperimentLoader loader;
    /** Set by {@link #interrupt()}; jobs submitted after it are cancelled at once. */
    private volatile boolean interrupted;
    /** The variants' jobs, which {@link #interrupt()} cancels, once there are any. */
    private volatile VariantJobs jobs;

    /**
     * @param console where progress is printed
     * @param plugins installs the plugins on the driver first, so that a conflict stops the sweep
     *                before it starts; its jars ({@code ./plugins}, {@code --plugins}) and the
     *                experiment's go to the executors, and its {@code --prefer} choices with them
     */
    public SweepRunner(PrintStream console, PluginLoader plugins) {
        this(console, plugins, variants -> true);
    }

    /**
     * @param confirm asked with the number of variants before any is loaded; a sweep it declines
     *                stops there (it may throw to say why)
     */
    public SweepRunner(PrintStream console, PluginLoader plugins, Confirmation confirm) {
        this.console = console;
        this.plugins = plugins;
        this.confirm = confirm;
        this.loader = ExtensionJars.experimentLoader(plugins);
    }

    /** Whether to go ahead with a sweep of so many variants; the command line asks its user. */
    @FunctionalInterface
    public interface Confirmation {
        /** @return true to train {@code variants} variants */
        boolean proceed(long variants);
    }

    /**
     * Runs on the process's Spark context ({@link SparkContexts#getOrCreate}, with the file's
     * {@code spark:} settings under the command line's); the caller stops it.
     *
     * @param file      an experiment file with a {@code sweep} section
     * @param overrides {@code --set} overrides applied to the experiment before its variants
     * @param output    the folder for the sweep directory, or null for the experiment's {@code output}
     * @throws ConfigException if the file has no sweep section, no variant loads, a variant's data
     *         does not fit it, or the targets have no value of the sweep's metric
     * @throws org.deltanet.data.DataException if a data file a variant reads is missing or malformed
     * @throws org.deltanet.registry.PluginConflictException if two jars' plugins claim one name
     *         and no preference decides
     * @throws org.deltanet.loader.PluginFailureException if a plugin jar's code throws while the
     *         driver reads a variant's data
     */
    public SweepOutcome run(Path file, List<String> overrides, Path output) {
        ExperimentConfig base = loader.load(file, overrides);
        SweepConfig sweep = sweepOf(file, base);
        long count = SweepPlan.count(sweep);
        if (count <= SweepPlan.MOST_VARIANTS && !confirm.proceed(count)) {
            throw new ConfigException(file + ": the sweep of " + count + " variants was not started");
        }
        Plan plan = plan(file, overrides, base, sweep);
        JavaSparkContext spark = SparkContexts.getOrCreate(base.spark());
        RunDirectory directory = create(output != null ? output : Path.of(base.output()), base.name());
        return inDirectory(directory, () -> {
            AtomicFiles.write(directory.experimentFile(), loader.write(base));
            console.println("deltanet: sweep of " + plan.names().size() + " variants by " + sweep.metric() + " on "
                    + onSpark(spark) + " into " + directory.path());
            return train(spark, directory, plan, Map.of());
        });
    }

    /**
     * Continues a sweep that was interrupted, whose process was killed, or that failed: keeps
     * every variant whose run directory is in the sweep directory ({@link KeptVariants}) and trains
     * the others, as the sweep's own {@code experiment.yaml} describes them, into the same sweep
     * directory; then ranks them all.
     *
     * @param sweepDirectory the directory {@code sweep} printed, e.g. {@code runs/iris-sweep-20261207-052113}
     * @throws ConfigException if it is not a sweep directory, is complete, or is still running
     */
    public SweepOutcome resume(Path sweepDirectory) {
        RunDirectory directory = unfinished(sweepDirectory);
        Path file = directory.experimentFile();
        ExperimentConfig base = loader.load(file, List.of());
        Plan plan = plan(file, List.of(), base, sweepOf(file, base));
        JavaSparkContext spark = SparkContexts.getOrCreate(base.spark());
        return inDirectory(directory, () -> {
            Map<Integer, VariantResult> kept = KeptVariants.in(directory.path(), plan.names());
            directory.markRunning();
            console.println("deltanet: resuming the sweep in " + directory.path() + " on " + onSpark(spark) + ": "
                    + kept.size() + " of " + plan.names().size() + " variants kept, "
                    + (plan.names().size() - kept.size()) + " to train");
            return train(spark, directory, plan, kept);
        });
    }

    /**
     * Asks the running sweep to stop: every variant's job that has not finished is cancelled (its
     * task interrupted; what it trained is lost), the variants that finished are written as usual,
     * the others listed as {@code interrupted}, and the sweep's {@code STATUS} says
     * {@code interrupted}, with how to resume it. Safe to call from a signal handler.
     */
    public void interrupt() {
        interrupted = true;
        VariantJobs current = jobs;
        if (current != null) {
            current.interrupt();
        }
    }

    /**
     * The master and how many variants it trains at once, each on how many threads: {@code local[*]
     * (2 task slots, 1 thread each)}. A cluster's slots are those of the executors registered so far.
     */
    private static String onSpark(JavaSparkContext spark) {
        int slots = SparkContexts.taskSlots(spark);
        int threads = spark.getConf().getInt("spark.task.cpus", 1);
        return spark.master() + " (" + slots + " task slot" + (slots == 1 ? "" : "s") + ", " + threads + " thread"
                + (threads == 1 ? "" : "s") + " each)";
    }

    /** The experiment's sweep section. */
    private static SweepConfig sweepOf(Path file, ExperimentConfig base) {
        SweepConfig sweep = base.sweep();
        if (sweep == null) {
            throw new ConfigException(file + ": no sweep section to run; add one (see docs/experiment-reference.md) "
                    + "or train the experiment with deltanet train");
        }
        if (base.training().distributed() != null) {
            throw new ConfigException(file + ": training.distributed: each variant of a sweep trains in one Spark "
                    + "task; remove training.distributed to sweep this experiment");
        }
        return sweep;
    }

    /**
     * The variants of a sweep, each loaded (or the error that stopped it loading), their data read
     * on the driver; the sweep's plugins installed.
     */
    private record Plan(SweepConfig sweep, List<Variant> variants, List<String> names, List<Object> loaded) {}

    private Plan plan(Path file, List<String> overrides, ExperimentConfig base, SweepConfig sweep) {
        List<Variant> variants = SweepPlan.of(sweep, base.seed());
        List<String> names =
                variants.stream().map(v -> v.name(base.name(), variants.size())).toList();
        InstalledPlugins installed =
                plugins.load(base.plugins().stream().map(Path::of).toList());
        List<String> jars =
                installed.jars().stream().map(jar -> jar.path().toString()).toList();
        PluginResolver resolver = new PluginResolver(installed.registry());
        List<Object> loaded = installed.blaming(() -> load(file, overrides, variants, names, resolver)).stream()
                .map(variant -> variant instanceof ExperimentConfig config ? config.withPlugins(jars) : variant)
                .toList();
        if (loaded.stream().noneMatch(ExperimentConfig.class::isInstance)) {
            throw (ConfigException) loaded.get(0);
        }
        VariantChecks checks = new VariantChecks(file, overrides, loader, resolver);
        installed.blaming(() -> {
            checks.check(base, variants, names, loaded);
            return null;
        });
        return new Plan(sweep, variants, names, loaded);
    }

    /** Work on a sweep directory that marks it failed if the work throws. */
    @FunctionalInterface
    private interface DirectoryWork {
        SweepOutcome run() throws IOException;
    }

    private static SweepOutcome inDirectory(RunDirectory directory, DirectoryWork work) {
        try {
            return work.run();
        } catch (IOException e) {
            markFailed(directory, e);
            throw new UncheckedIOException("cannot write to " + directory.path() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            markFailed(directory, e);
            throw e;
        }
    }

    /** Trains every variant that loaded and is not {@code kept}, and ranks them all. */
    private SweepOutcome train(
            JavaSparkContext spark, RunDirectory directory, Plan plan, Map<Integer, VariantResult> kept)
            throws IOException {
        PluginJars.ship(spark, List.of());
        long started = System.nanoTime();
        List<VariantResult> results = new ArrayList<>();
        List<Integer> toTrain = new ArrayList<>();
        for (int i = 0; i < plan.loaded().size(); i++) {
            if (kept.containsKey(i)) {
                results.add(kept.get(i));
            } else if (plan.loaded().get(i) instanceof ConfigException unloadable) {
                results.add(VariantResult.failed(i + 1, null, unloadable.getMessage(), 0.0));
                console.println(VariantJobs.describe(
                        plan.names().get(i), results.get(i), plan.sweep().metric()));
            } else {
                results.add(null);
                toTrain.add(i);
            }
        }
        Broadcast<StagedFiles> files = spark.broadcast(StagedFiles.read(toTrain.stream()
                .map(i -> (ExperimentConfig) plan.loaded().get(i))
                .toList()));
        try {
            VariantJobs variantJobs = new VariantJobs(spark, console);
            jobs = variantJobs;
            if (interrupted) {
                variantJobs.interrupt();
            }
            variantJobs.submit(
                    toTrain, plan.loaded(), plan.names(), files, loader, plugins.preferred(), directory.path());
            variantJobs.collect(results, plan.names(), plan.sweep().metric(), directory.path());
        } finally {
            files.destroy();
        }
        KeptVariants.deletePartials(directory.path());
        long trained = toTrain.stream().filter(i -> results.get(i).completed()).count();
        console.printf(
                Locale.ROOT,
                "deltanet: %d %s trained in %.1f s%n",
                trained,
                trained == 1 ? "variant" : "variants",
                (System.nanoTime() - started) / 1e9);
        return finish(directory, new SweepTable(plan.sweep(), plan.variants(), plan.names(), results), plan.sweep());
    }

    /**
     * Each variant's resolved experiment, or the {@link ConfigException} that stopped it loading:
     * a value the file does not accept, or a plugin name or parameter its plugins do not know (a
     * swept key with a typo, {@code optimizer.learnin-rate}, which every variant would otherwise
     * have failed with in its own task).
     */
    private List<Object> load(
            Path file, List<String> overrides, List<Variant> variants, List<String> names, PluginResolver resolver) {
        List<Object> loaded = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(variants.get(i).overrides());
            try {
                ExperimentConfig variant = loader.load(file, all).withoutSweep().named(names.get(i));
                try {
                    ExperimentWiring.checkPlugins(variant, resolver);
                } catch (ConfigException e) {
                    throw loader.locate(e, file, all);
                }
                loaded.add(variant);
            } catch (ConfigException e) {
                loaded.add(e);
            }
        }
        return loaded;
    }

    /** The sweep directory to resume: one that is neither complete nor running. */
    private static RunDirectory unfinished(Path path) {
        RunDirectory directory;
        RunStatus status;
        try {
            directory = RunDirectory.open(path);
            status = directory.status();
        } catch (IOException e) {
            throw new ConfigException(
                    path + ": not a sweep directory (" + e.getMessage()
                            + "); give the directory sweep printed, e.g. runs/iris-sweep-20260101-120000",
                    e);
        }
        if (!Files.isRegularFile(directory.experimentFile())) {
            throw new ConfigException(path + ": not a sweep directory: it has no experiment.yaml");
        }
        if (status.isComplete()) {
            throw new ConfigException(path + ": this sweep is complete; there is nothing to resume");
        }
        if (status.state() == RunStatus.State.RUNNING) {
            throw new ConfigException(
                    path + ": this sweep is still running (" + status + "); stop it first, or wait for it to end");
        }
        return directory;
    }

    private SweepOutcome finish(RunDirectory directory, SweepTable table, SweepConfig sweep) throws IOException {
        Path chart = directory.path().resolve(sweep.metric().label() + ".png");
        AtomicFiles.write(directory.path().resolve("results.csv"), table.csv());
        AtomicFiles.write(directory.path().resolve("results.txt"), table.text());
        SweepChart.write(table, sweep.parameters(), chart);
        console.print(table.text());
        long failures = table.failures();
        int variants = table.rows().size();
        if (table.interrupted() > 0) {
            directory.markInterrupted("with " + table.interrupted() + " of " + variants + " variants not finished"
                    + (failures > 0 ? ", " + failures + " failed" : "")
                    + "; resume with: deltanet sweep --resume " + directory.path());
        } else if (failures == 0) {
            directory.markComplete();
        } else {
            directory.markFailed(failures + " of " + variants + " variants failed (see results.txt)");
        }
        Report.write(directory.path());
        return new SweepOutcome(directory.path(), table, chart);
    }

    private static RunDirectory create(Path output, String name) {
        try {
            return RunDirectory.create(output, name + "-sweep", Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a sweep directory in " + output + ": " + e.getMessage(), e);
        }
    }

    private static void markFailed(RunDirectory directory, Exception error) {
        try {
            directory.markFailed(error.getMessage() == null ? error.toString() : error.getMessage());
        } catch (IOException | RuntimeException secondary) {
            error.addSuppressed(secondary);
        }
    }
}
