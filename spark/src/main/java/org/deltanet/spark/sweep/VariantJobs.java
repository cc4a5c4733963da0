package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.SweepMetric;
import org.deltanet.spark.SparkContexts;

/**
 * The Spark side of one sweep: every variant to train as one job of one task, all submitted at
 * once in one job group so that they run side by side and {@link #interrupt()} can cancel them
 * together; then each variant's end, taken as it comes ({@link #collect}: a variant that finishes
 * is written to the sweep directory at once, whatever the variants before it are still doing).
 */
final class VariantJobs {

    /** The Spark job group of a sweep's variants, which {@link #interrupt()} cancels. */
    private static final String JOB_GROUP = "deltanet-sweep";

    static final long KILLED_TASKS_WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 100;

    private final JavaSparkContext spark;
    private final PrintStream console;
    private final Map<Integer, JavaFutureAction<List<VariantTask.Report>>> jobs = new LinkedHashMap<>();
    private volatile boolean interrupted;

    VariantJobs(JavaSparkContext spark, PrintStream console) {
        this.spark = spark;
        this.console = console;
    }

    /**
     * Submits a job for each variant of {@code toTrain} (0-based indices into {@code loaded}, each
     * an {@link ExperimentConfig}), whose run directories go to {@code folder}.
     */
    void submit(
            List<Integer> toTrain,
            List<Object> loaded,
            List<String> names,
            Broadcast<StagedFiles> files,
            ExperimentLoader loader,
            List<String> preferred,
            Path folder)
            throws IOException {
        SweepFolder sweep = SweepFolder.mark(folder, spark.isLocal());
        for (int i : toTrain) {
            ExperimentConfig config = (ExperimentConfig) loaded.get(i);
            VariantTask task = new VariantTask(i + 1, names.get(i), loader.write(config), files, preferred, sweep);
            spark.setJobGroup(JOB_GROUP, "deltanet sweep: " + names.get(i), true);
            jobs.put(
                    i, spark.parallelize(List.of(task), 1).map(VariantTask::run).collectAsync());
        }
        spark.clearJobGroup();
        if (interrupted) {
            spark.cancelJobGroup(JOB_GROUP);
        }
    }

    /**
     * Waits for every job, in the order they end; writes each variant's run directory under
     * {@code folder} as it comes and prints how it ended.
     *
     * @param results one per variant, null where a job will fill it in; filled in place
     */
    void collect(List<VariantResult> results, List<String> names, SweepMetric metric, Path folder) throws IOException {
        Map<Integer, JavaFutureAction<List<VariantTask.Report>>> pending = new LinkedHashMap<>(jobs);
        while (!pending.isEmpty()) {
            List<Integer> done = pending.entrySet().stream()
                    .filter(job -> job.getValue().isDone())
                    .map(Map.Entry::getKey)
                    .toList();
            for (int i : done) {
                VariantResult result = outcome(i + 1, pending.remove(i), folder);
                results.set(i, result);
                console.println(describe(names.get(i), result, metric));
            }
            if (done.isEmpty()) {
                pause();
            }
        }
        if (interrupted) {
            awaitKilledTasks();
        }
    }

    /**
     * Cancels every job not finished (its task interrupted; what it trained is lost); their
     * variants end as {@link VariantResult#interrupted}. Safe to call from a signal handler, before
     * or after {@link #submit}.
     */
    void interrupt() {
        interrupted = true;
        spark.cancelJobGroup(JOB_GROUP);
    }

    static String describe(String name, VariantResult result, SweepMetric metric) {
        if (result.completed()) {
            return String.format(
                    Locale.ROOT,
                    "deltanet: %s complete: %s %.4f in %.1f s",
                    name,
                    metric,
                    result.value(metric),
                    result.seconds());
        }
        return result.interrupted()
                ? "deltanet: " + name + " " + result.error()
                : "deltanet: " + name + " failed: " + result.error();
    }

    private VariantResult outcome(int number, JavaFutureAction<List<VariantTask.Report>> job, Path folder)
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

    /**
     * Waits, at most {@value #KILLED_TASKS_WAIT_SECONDS} s, until no executor runs a task: a
     * cancelled job fails at once, but its task ends only at its variant's next step
     * ({@link TaskKillWatch}), and stopping the context under a running task made Spark print
     * stack traces.
     */
    private void awaitKilledTasks() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(KILLED_TASKS_WAIT_SECONDS);
        while (System.nanoTime() < deadline
                && Arrays.stream(spark.sc().statusTracker().getExecutorInfos())
                        .anyMatch(executor -> executor.numRunningTasks() > 0)) {
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sweep's variants", e);
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
