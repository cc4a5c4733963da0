package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.experiment.run.MetricsCsvListener;
import org.deltanet.experiment.run.ProgressListener;

/**
 * The training listeners, as a set multibinding that extensions may add to: progress display,
 * the metrics CSV and checkpoints ({@link EarlyStoppingModule} adds early stopping when the config
 * asks for it).
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
    MetricsCsvListener metrics(RunSettings settings, Network network) {
        try {
            return settings.completedEpochs() == 0
                    ? MetricsCsvListener.create(settings.run().metricsFile(), network.depth())
                    : MetricsCsvListener.resume(settings.run().metricsFile(), network.depth(), settings.completedEpochs());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + settings.run().metricsFile(), e);
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
