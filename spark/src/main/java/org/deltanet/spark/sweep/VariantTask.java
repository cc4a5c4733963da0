package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.deltanet.loader.PluginLoader;
import org.deltanet.rundir.ProgressListener;

/**
 * Trains one variant on an executor, with the same {@link ExperimentRunner} as {@code train}, and
 * returns its metrics and its whole run directory as bytes ({@link RunFiles}): the executor writes
 * nothing that outlives the task. It trains in a scratch folder under Spark's per-application
 * folder, reading the data files and plugin jars the driver broadcast ({@link StagedFiles}; a data
 * section of a jar's format is read with the staged copy of the jar), and deletes the folder
 * before returning or failing, so no path of the driver's disk is needed. Its matrix kernels use as
 * many threads as the task has cores ({@code spark.task.cpus}, 1 unless set), since Spark runs as
 * many variants at once as an executor has cores for: on two cores, two variants each on two
 * threads took half as long again as on one each. A task that Spark kills
 * (the sweep was interrupted) stops training at its next step ({@link TaskKillWatch}) and ends.
 *
 * <p>A mistake in the variant itself (a value out of range, a missing data file, training that
 * diverges: an error whose {@link org.deltanet.api.ErrorCategory#sameOnRetry() category} says another
 * attempt would fail the same way) fails it at once with its own message. Anything else (a plugin that
 * throws, an I/O error, a lost executor) fails the task, which Spark then retries up to
 * {@code spark.task.maxFailures} times.
 *
 * @param number     the variant's number
 * @param name       the variant's name, which names its run directory
 * @param experiment the variant's resolved experiment as YAML, with the driver's paths
 * @param files      the data files and plugin jars, as the driver read them
 * @param preferred  the {@code --prefer} choices (jar file names or paths), as the driver had them
 */
record VariantTask(int number, String name, String experiment, Broadcast<StagedFiles> files, List<String> preferred)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a task sends back: how the variant ended and, if it got that far, its run directory. */
    record Report(VariantResult result, RunFiles run) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs on an executor: trains the variant and reports how it went. */
    Report run() throws IOException {
        long started = System.nanoTime();
        Path scratch = Files.createTempDirectory(Path.of(SparkFiles.getRootDirectory()), "deltanet-" + name + "-");
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
                RunFiles run = RunFiles.pack(outcome.run().path(), staging::restore);
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
            } catch (DeltanetException e) {
                if (!e.category().sameOnRetry()) {
                    throw e;
                }
                RunFiles run = runDirectory(runs, staging);
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

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The run directory training created before it failed, or null if it failed before creating one. */
    private static RunFiles runDirectory(Path runs, StagedFiles.Staging staging) {
        if (!Files.isDirectory(runs)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(runs)) {
            Path run = entries.filter(Files::isDirectory).findFirst().orElse(null);
            return run == null ? null : RunFiles.pack(run, staging::restore);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the failed run in " + runs, e);
        }
    }
}
