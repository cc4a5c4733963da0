package org.deltanet.experiment.session;

import java.util.List;
import java.util.function.Consumer;
import org.deltanet.engine.train.EpochReport;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.experiment.extension.RunInfo;

/**
 * A test-only {@link ExperimentExtension}, found as a plugin jar's would be: listed in the test
 * class path's {@code META-INF/services/org.deltanet.experiment.extension.ExperimentExtension}. It
 * adds a training listener that hands every finished epoch to {@link #onEpoch} when a test has set
 * it, and records the {@link RunInfo} of the last run in {@link #lastRun}.
 */
public final class ProbeExtension implements ExperimentExtension {

    /** What the listener does with each finished epoch; null, the default, for nothing. Tests reset it. */
    static volatile Consumer<EpochReport> onEpoch;
    /** The run the extension was last asked for listeners. */
    static volatile RunInfo lastRun;

    @Override
    public List<TrainingListener> listeners(RunInfo run) {
        lastRun = run;
        return List.of(new TrainingListener() {
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
}
