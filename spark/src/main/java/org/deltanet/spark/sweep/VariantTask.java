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
import org.deltanet.api.InvalidParameterException;
import org.deltanet.engine.registry.UnknownPluginException;
import org.deltanet.engine.train.TrainingDivergedException;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.data.DataException;
import org.deltanet.rundir.ProgressListener;
import org.deltanet.experiment.session.ExperimentRunner;
import org.deltanet.experiment.session.RunOutcome;
import org.deltanet.loader.PluginLoader;

/**
 * Trains one variant on an executor, with the same {@link ExperimentRunner} as {@code train}, into
 * a run directory under the sweep directory, and returns its metrics.
 *
 * <p>A mistake in the variant itself (a value out of range, a missing data file, training that
 * diverges) fails it at once: another attempt would fail the same way. Anything else (a plugin that
 * throws, an I/O error, a lost executor) fails the task, which Spark then retries up to
 * {@code spark.task.maxFailures} times.
 *
 * @param number      the variant's number
 * @param name        the variant's name, which names its run directory
 * @param experiment  the variant's resolved experiment as YAML
 * @param sweepFolder the sweep directory
 */
record VariantTask(int number, String name, String experiment, String sweepFolder) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Runs on an executor: trains the variant and reports how it went. */
    VariantResult run() {
        long started = System.nanoTime();
        try {
            ExperimentConfig config = new ExperimentLoader().parse(experiment, name);
            ExperimentRunner runner = new ExperimentRunner(new PrintStream(OutputStream.nullOutputStream()),
                    ProgressListener.Style.PLAIN, PluginLoader.of(Thread.currentThread().getContextClassLoader()));
            RunOutcome outcome = runner.train(config, Path.of(sweepFolder), null);
            return VariantResult.complete(number, outcome.run().path().toString(), outcome.result().lastEpoch(),
                    seconds(started), outcome.result().training(), outcome.result().validation(), outcome.test());
        } catch (ConfigException | DataException | InvalidParameterException | UnknownPluginException
                 | TrainingDivergedException e) {
            return VariantResult.failed(number, latestRunDirectory(), e.getMessage(), seconds(started));
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** This variant's newest run directory, if training got far enough to create one. */
    private String latestRunDirectory() {
        try (Stream<Path> entries = Files.list(Path.of(sweepFolder))) {
            return entries.filter(p -> p.getFileName().toString().startsWith(name + "-") && Files.isDirectory(p))
                    .map(Path::toString).sorted().reduce((first, second) -> second).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sweepFolder, e);
        }
    }
}
