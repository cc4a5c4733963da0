package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.rundir.MetricsCsvListener;
import org.deltanet.rundir.ProgressListener;
import org.deltanet.rundir.RunDirectory;

/**
 * The training listeners, as a set multibinding that extensions may add to: progress display,
 * and the metrics CSV ({@link CheckpointModule} and {@link EarlyStoppingModule} add checkpoints and
 * early stopping when the config asks for them).
 */
final class ListenerModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), TrainingListener.class);
    }

    @Provides
    @Singleton
    ProgressListener progress(RunSettings settings) {
        return new ProgressListener(settings.console(), settings.progressStyle());
    }

    @Provides
    @Singleton
    MetricsCsvListener metrics(RunSettings settings, RunDirectory run, Network network) {
        if (settings.completedEpochs() > 0) {
            return resumedMetrics(run, network.depth(), settings.completedEpochs());
        }
        try {
            return MetricsCsvListener.create(run.metricsFile(), network.depth());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + run.metricsFile(), e);
        }
    }

    /** A resumed run's metrics.csv, which must hold the rows its checkpoint's epochs wrote. */
    private static MetricsCsvListener resumedMetrics(RunDirectory run, int layers, int completedEpochs) {
        try {
            return MetricsCsvListener.resume(run.metricsFile(), layers, completedEpochs);
        } catch (NoSuchFileException e) {
            throw new ConfigException(run.metricsFile() + ": missing; resuming continues the run's metrics.csv, "
                    + "which holds its first " + completedEpochs + " epochs: restore it, or train afresh", e);
        } catch (IOException e) {
            throw new ConfigException("cannot resume: " + e.getMessage() + "; restore the run's metrics.csv, "
                    + "or train afresh", e);
        }
    }

    @ProvidesIntoSet
    TrainingListener progressListener(ProgressListener progress) {
        return progress;
    }

    @ProvidesIntoSet
    TrainingListener metricsListener(MetricsCsvListener metrics) {
        return metrics;
    }
}
