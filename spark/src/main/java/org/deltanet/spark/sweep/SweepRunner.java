package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deltanet.dashboard.Report;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.config.SweepConfig;
import org.deltanet.experiment.wiring.ExtensionJars;
import org.deltanet.files.AtomicFiles;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.RunDirectory;
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
 *       {@code failed: <how many> of <n> variants failed}, or {@code interrupted with <how many> of <n>
 *       variants not finished} after {@link #interrupt()}; a sweep that was killed stays
 *       {@code running}, so it never looks complete when it is not;</li>
 *   <li>{@code experiment.yaml}: the experiment with its sweep section, every default filled in;</li>
 *   <li>one run directory per variant, {@code NAME-NN-yyyyMMdd-HHmmss}, as {@code train} writes it;</li>
 *   <li>{@code results.csv} and {@code results.txt}: the ranked table; {@code METRIC.png}: the
 *       metric against each swept key;</li>
 *   <li>{@code report.html}: the dashboard's sweep page in one file (ranking, metric against each
 *       key, every variant's curves) that opens without a server.</li>
 * </ul>
 * Since each variant's job is separate, a variant whose task fails for good (after Spark's retries)
 * fails alone, and the others finish.
 */
public final class SweepRunner {

    /** The Spark job group of a sweep's variants, which {@link #interrupt()} cancels. */
    private static final String JOB_GROUP = "deltanet-sweep";

    static final long KILLED_TASKS_WAIT_SECONDS = 30;

    private final PrintStream console;
    private final PluginLoader plugins;
    private final Confirmation confirm;
    private final ExperimentLoader loader;
    /** Set by {@link #interrupt()}; the jobs submitted after it are cancelled at once. */
    private volatile boolean interrupted;
    /** The context whose jobs {@link #interrupt()} cancels, once there is one. */
    private volatile JavaSparkContext running;

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
        SweepConfig sweep = base.sweep();
        if (sweep == null) {
            throw new ConfigException(file + ": no sweep section to run; add one (see docs/experiment-reference.md) "
                    + "or train the experiment with deltanet train");
        }
        if (base.training().distributed() != null) {
            throw new ConfigException(file + ": training.distributed: each variant of a sweep trains in one Spark "
                    + "task; remove training.distributed to sweep this experiment");
        }
        long count = SweepPlan.count(sweep);
        if (count <= SweepPlan.MOST_VARIANTS && !confirm.proceed(count)) {
            throw new ConfigException(file + ": the sweep of " + count + " variants was not started");
        }
        List<Variant> variants = SweepPlan.of(sweep, base.seed());
        List<String> names =
                variants.stream().map(v -> v.name(base.name(), variants.size())).toList();
        InstalledPlugins installed =
                plugins.load(base.plugins().stream().map(Path::of).toList());
        List<String> jars =
                installed.jars().stream().map(jar -> jar.path().toString()).toList();
        List<Object> loaded = load(file, overrides, variants, names).stream()
                .map(variant -> variant instanceof ExperimentConfig config ? config.withPlugins(jars) : variant)
                .toList();
        if (loaded.stream().noneMatch(ExperimentConfig.class::isInstance)) {
            throw (ConfigException) loaded.get(0);
        }
        VariantChecks checks = new VariantChecks(file, overrides, loader, new PluginResolver(installed.registry()));
        installed.blaming(() -> {
            checks.check(base, variants, names, loaded);
            return null;
        });
        JavaSparkContext spark = SparkContexts.getOrCreate(base.spark());
        running = spark;
        RunDirectory directory = create(output != null ? output : Path.of(base.output()), base.name());
        try {
            AtomicFiles.write(directory.experimentFile(), loader.write(base));
            console.println("deltanet: sweep of " + variants.size() + " variants by " + sweep.metric() + " on "
                    + spark.master() + " into " + directory.path());
            PluginJars.ship(spark, List.of());
            long started = System.nanoTime();
            Broadcast<StagedFiles> files = spark.broadcast(StagedFiles.read(loaded.stream()
                    .filter(ExperimentConfig.class::isInstance)
                    .map(ExperimentConfig.class::cast)
                    .toList()));
            List<VariantResult> results;
            try {
                results = collect(spark, submit(spark, loaded, names, files), loaded, names, sweep, directory.path());
            } finally {
                if (interrupted) {
                    awaitKilledTasks(spark);
                }
                files.destroy();
            }
            console.printf(
                    Locale.ROOT,
                    "deltanet: %d variants trained in %.1f s%n",
                    results.stream().filter(VariantResult::completed).count(),
                    (System.nanoTime() - started) / 1e9);
            return finish(directory, new SweepTable(sweep, variants, names, results), sweep);
        } catch (IOException e) {
            markFailed(directory, e);
            throw new UncheckedIOException("cannot write to " + directory.path() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            markFailed(directory, e);
            throw e;
        }
    }

    /**
     * Asks the running sweep to stop: every variant's job that has not finished is cancelled (its
     * task interrupted; what it trained is lost), the variants that finished are written as usual,
     * the others listed as {@code interrupted}, and the sweep's {@code STATUS} says
     * {@code interrupted}. Safe to call from a signal handler.
     */
    public void interrupt() {
        interrupted = true;
        JavaSparkContext spark = running;
        if (spark != null) {
            spark.cancelJobGroup(JOB_GROUP);
        }
    }

    /**
     * Waits, at most {@value #KILLED_TASKS_WAIT_SECONDS} s, until no executor runs a task: a
     * cancelled job fails at once, but its task ends only at its variant's next step
     * ({@link TaskKillWatch}), and stopping the context under a running task made Spark print
     * stack traces.
     */
    private static void awaitKilledTasks(JavaSparkContext spark) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(KILLED_TASKS_WAIT_SECONDS);
        while (System.nanoTime() < deadline
                && Arrays.stream(spark.sc().statusTracker().getExecutorInfos())
                        .anyMatch(executor -> executor.numRunningTasks() > 0)) {
            try {
                Thread.sleep(TaskKillWatch.POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Each variant's resolved experiment, or the {@link ConfigException} that stopped it loading. */
    private List<Object> load(Path file, List<String> overrides, List<Variant> variants, List<String> names) {
        List<Object> loaded = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(variants.get(i).overrides());
            try {
                loaded.add(loader.load(file, all).withoutSweep().named(names.get(i)));
            } catch (ConfigException e) {
                loaded.add(e);
            }
        }
        return loaded;
    }

    /** One job per loaded variant, all submitted before any is waited for; null for the others. */
    private List<JavaFutureAction<List<VariantTask.Report>>> submit(
            JavaSparkContext spark, List<Object> loaded, List<String> names, Broadcast<StagedFiles> files) {
        List<JavaFutureAction<List<VariantTask.Report>>> jobs = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i) instanceof ExperimentConfig config) {
                VariantTask task =
                        new VariantTask(i + 1, names.get(i), loader.write(config), files, plugins.preferred());
                spark.setJobGroup(JOB_GROUP, "deltanet sweep: " + names.get(i), true);
                jobs.add(spark.parallelize(List.of(task), 1)
                        .map(VariantTask::run)
                        .collectAsync());
            } else {
                jobs.add(null);
            }
        }
        spark.clearJobGroup();
        if (interrupted) {
            spark.cancelJobGroup(JOB_GROUP);
        }
        return jobs;
    }

    /**
     * Waits for every job in variant order, writes each variant's run directory under the sweep
     * directory, and prints how each ended.
     */
    private List<VariantResult> collect(
            JavaSparkContext spark,
            List<JavaFutureAction<List<VariantTask.Report>>> jobs,
            List<Object> loaded,
            List<String> names,
            SweepConfig sweep,
            Path folder)
            throws IOException {
        List<VariantResult> results = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            VariantResult result = jobs.get(i) != null
                    ? outcome(spark, i + 1, jobs.get(i), folder)
                    : VariantResult.failed(i + 1, null, ((ConfigException) loaded.get(i)).getMessage(), 0.0);
            console.println(
                    result.completed()
                            ? String.format(
                                    Locale.ROOT,
                                    "deltanet: %s complete: %s %.4f in %.1f s",
                                    names.get(i),
                                    sweep.metric(),
                                    result.value(sweep.metric()),
                                    result.seconds())
                            : result.interrupted()
                                    ? "deltanet: " + names.get(i) + " " + result.error()
                                    : "deltanet: " + names.get(i) + " failed: " + result.error());
            results.add(result);
        }
        return results;
    }

    private VariantResult outcome(
            JavaSparkContext spark, int number, JavaFutureAction<List<VariantTask.Report>> job, Path folder)
            throws IOException {
        VariantTask.Report report;
        try {
            report = job.get().get(0);
        } catch (ExecutionException e) {
            if (interrupted) {
                return VariantResult.interrupted(number);
            }
            SparkContexts.checkRunning(spark, e);
            return VariantResult.failed(number, null, rootMessage(e), 0.0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for variant " + number, e);
        }
        return report.run() == null
                ? report.result()
                : report.result().at(report.run().writeUnder(folder).toString());
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
                    + (failures > 0 ? ", " + failures + " failed" : "") + " (see results.txt)");
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

    /**
     * What the task threw, not Spark's report around it. When the task's exception did not reach
     * the driver as an object, Spark's report names it in text after "most recent failure: Lost
     * task ... (TID n) (host executor m): "; that part's first line, else the report's first line.
     * deltanet's own exceptions speak for themselves: their class name is left out.
     */
    static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.toString();
        int failure = message.indexOf("most recent failure: ");
        if (failure >= 0) {
            int taskEnd = message.indexOf("): ", failure);
            if (taskEnd >= 0) {
                message = message.substring(taskEnd + 3);
            }
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.replaceFirst("^org\\.deltanet\\.[\\w.$]+: ", "");
    }
}
