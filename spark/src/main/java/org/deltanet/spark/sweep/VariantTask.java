package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskKilledException;
import org.apache.spark.broadcast.Broadcast;
import org.deltanet.api.DeltanetException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.session.ExperimentRunner;
import org.deltanet.experiment.session.RunOutcome;
import org.deltanet.experiment.wiring.ExtensionJars;
import org.deltanet.files.HeapLimits;
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.ProgressListener;

/**
 * Trains one variant on an executor, with the same {@link ExperimentRunner} as {@code train}, and
 * returns its metrics and its whole run directory ({@link VariantRun}). In local mode it trains in a
 * hidden folder of the sweep directory and leaves the run directory there for the driver
 * ({@link HandedOverRun}), so that a large model's files never sit in memory. On a cluster it trains
 * in a scratch folder under Spark's per-application folder, so no path of the driver's disk is
 * needed; then, where the executor sees the driver's sweep directory itself (a shared file system,
 * {@link SweepFolder#visible()}), it copies the run directory into a hidden folder there, and
 * elsewhere the directory travels as bytes ({@link RunFiles}). Either way it reads the data files and plugin jars the driver broadcast
 * ({@link StagedFiles}; a data section of a jar's format is read with the staged copy of the jar),
 * and deletes its scratch folder before returning or failing. Its matrix kernels use as
 * many threads as the task has cores ({@code spark.task.cpus}, 1 unless set), since Spark runs as
 * many variants at once as an executor has cores for: on two cores, two variants each on two
 * threads took about three times as long an epoch as on one each. A task that Spark kills
 * (the sweep was interrupted) stops training at its next step ({@link TaskKillWatch}) and ends.
 *
 * <p>A mistake in the variant itself (a value out of range, a missing data file, training that
 * diverges: an error whose {@link org.deltanet.api.ErrorCategory#sameOnRetry() category} says another
 * attempt would fail the same way) fails it at once with its own message. Anything else (a plugin that
 * throws, an I/O error, a lost executor) fails the task, which Spark then retries up to
 * {@code spark.task.maxFailures} times. A variant that runs out of heap fails alone, without a run
 * directory (so that {@code sweep --resume} trains it again), and says how to give it more.
 *
 * @param number     the variant's number
 * @param name       the variant's name, which names its run directory
 * @param experiment the variant's resolved experiment as YAML, with the driver's paths
 * @param files      the data files and plugin jars, as the driver read them
 * @param preferred  the {@code --prefer} choices (jar file names or paths), as the driver had them
 * @param sweep      the sweep directory: in local mode (the task runs in the driver's JVM) the task
 *                   trains in a hidden folder of it; wherever the task sees it, the run directory
 *                   is handed over there
 */
record VariantTask(
        int number,
        String name,
        String experiment,
        Broadcast<StagedFiles> files,
        List<String> preferred,
        SweepFolder sweep)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a task sends back: how the variant ended and, if it got that far, its run directory. */
    record Report(VariantResult result, VariantRun run) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs on an executor: trains the variant and reports how it went. */
    Report run() throws IOException {
        long started = System.nanoTime();
        Path scratch = sweep.local()
                ? Files.createDirectory(sweep.directory().resolve("." + name + "-" + UUID.randomUUID() + ".partial"))
                : Files.createTempDirectory(Path.of(SparkFiles.getRootDirectory()), "deltanet-" + name + "-");
        try {
            StagedFiles.Staging staging = files.value().stage(scratch.resolve("files"));
            Path runs = scratch.resolve("runs");
            try {
                PluginLoader plugins = new PluginLoader(
                        Thread.currentThread().getContextClassLoader(), List.of(), preferred, warning -> {});
                ExperimentConfig config = staging.relocate(
                        ExtensionJars.experimentLoader(plugins, staging::staged).parse(experiment, name));
                ExperimentRunner runner = new ExperimentRunner(
                        new PrintStream(OutputStream.nullOutputStream()),
                        ProgressListener.Style.PLAIN,
                        plugins,
                        null,
                        TaskContext.get().cpus());
                RunOutcome outcome;
                try (TaskKillWatch watch = TaskKillWatch.start(runner::interrupt)) {
                    outcome = runner.train(config, runs, null);
                }
                if (outcome.result().interrupted()) {
                    // only the kill watch interrupts a variant: Spark killed the task and drops its answer
                    throw new TaskKilledException("the sweep was interrupted");
                }
                VariantRun run = carry(outcome.run().path(), staging);
                return new Report(
                        VariantResult.complete(
                                number,
                                run.name(),
                                outcome.result().lastEpoch(),
                                seconds(started),
                                outcome.result().training(),
                                outcome.result().validation(),
                                outcome.test()),
                        run);
            } catch (OutOfMemoryError e) {
                // caught so that Spark's handler does not end the JVM (in local mode, the driver's),
                // and with no run directory, so that sweep --resume trains the variant again
                return new Report(VariantResult.failed(number, null, outOfMemory(), seconds(started)), null);
            } catch (DeltanetException e) {
                if (!e.category().sameOnRetry()) {
                    throw e;
                }
                VariantRun run = runDirectory(runs, staging);
                return new Report(
                        VariantResult.failed(
                                number,
                                run == null ? null : run.name(),
                                staging.restore(String.valueOf(e.getMessage())),
                                seconds(started)),
                        run);
            }
        } finally {
            RunFiles.delete(scratch);
        }
    }

    /** What a variant that ran out of heap reports: how much there was, and what to change. */
    private String outOfMemory() {
        String heap = HeapLimits.size(Runtime.getRuntime().maxMemory());
        return sweep.local()
                ? "out of memory: a Java heap of " + heap + " did not hold this variant with the others training"
                        + " at once; give Java more (e.g. DELTANET_HEAP=4g) or train one variant at a time (--master"
                        + " local[1]), then resume the sweep"
                : "out of memory: an executor heap of " + heap + " did not hold this variant with the others it"
                        + " trained at once; give executors more (--conf spark.executor.memory=4g) or fewer variants"
                        + " each (--conf spark.task.cpus=2), then resume the sweep";
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * The run directory on its way to the driver: handed over where this task sees the sweep
     * directory (always in local mode), as bytes elsewhere.
     */
    private VariantRun carry(Path directory, StagedFiles.Staging staging) throws IOException {
        return sweep.visible()
                ? HandedOverRun.handOver(directory, staging::restore, sweep.directory())
                : RunFiles.pack(directory, staging::restore);
    }

    /** The run directory training created before it failed, or null if it failed before creating one. */
    private VariantRun runDirectory(Path runs, StagedFiles.Staging staging) {
        if (!Files.isDirectory(runs)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(runs)) {
            Path run = entries.filter(Files::isDirectory).findFirst().orElse(null);
            return run == null ? null : carry(run, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the failed run in " + runs, e);
        }
    }
}
