package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.experiment.config.EarlyStoppingConfig;
import org.deltanet.rundir.EarlyStoppingListener;
import org.deltanet.rundir.MetricsCsvListener;
import org.deltanet.experiment.yaml.YamlPath;

/** Adds early stopping to the training listeners; installed only when the config has {@code early-stopping}. */
final class EarlyStoppingModule extends AbstractModule {

    private final EarlyStoppingConfig stopping;

    EarlyStoppingModule(EarlyStoppingConfig stopping) {
        this.stopping = stopping;
    }

    @ProvidesIntoSet
    TrainingListener earlyStopping(ExperimentData data, MetricsCsvListener metrics) {
        EarlyStoppingListener listener = Keyed.at(YamlPath.root().key("training").key("early-stopping"),
                () -> new EarlyStoppingListener(stopping.metric(), stopping.patience(), stopping.minDelta(),
                        data.validation() != null));
        listener.replay(metrics.history());
        return listener;
    }
}
