package org.deltanet.experiment.session;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import java.util.function.Consumer;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.experiment.wiring.ExperimentExtension;

/**
 * A test-only {@link ExperimentExtension}, found as a plugin jar's would be: listed in the test
 * class path's {@code META-INF/services/org.deltanet.experiment.wiring.ExperimentExtension}. Its
 * module adds a training listener that hands every finished epoch to {@link #onEpoch} when a test
 * has set it, and does nothing otherwise.
 */
public final class ProbeExtension implements ExperimentExtension {

    /** What the listener does with each finished epoch; null, the default, for nothing. Tests reset it. */
    static volatile Consumer<EpochReport> onEpoch;

    @Override
    public Module module() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), TrainingListener.class).addBinding().toInstance(new TrainingListener() {
                    @Override
                    public boolean onEpochEnd(EpochReport report) {
                        Consumer<EpochReport> probe = onEpoch;
                        if (probe != null) {
                            probe.accept(report);
                        }
                        return true;
                    }
                });
            }
        };
    }
}
