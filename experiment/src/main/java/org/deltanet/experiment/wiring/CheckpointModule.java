package org.deltanet.experiment.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.experiment.model.CheckpointListener;
import org.deltanet.rundir.RunDirectory;

/** Adds checkpoints to the training listeners; installed when {@code checkpoint-every} is above 0. */
final class CheckpointModule extends AbstractModule {

    private final int every;
    private final int keepLast;

    CheckpointModule(int every, int keepLast) {
        this.every = every;
        this.keepLast = keepLast;
    }

    @ProvidesIntoSet
    TrainingListener checkpoints(RunDirectory run, ModelDescription models) {
        return new CheckpointListener(run.checkpointsDirectory(), every, keepLast, models::of);
    }
}
