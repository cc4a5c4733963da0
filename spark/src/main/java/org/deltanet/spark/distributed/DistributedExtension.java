package org.deltanet.spark.distributed;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import org.deltanet.engine.train.TrainingLoop;
import org.deltanet.experiment.wiring.WiringExtension;

/**
 * Makes {@code training.distributed} work wherever this module is on the class path: binds the
 * experiment's {@link TrainingLoop} to the {@link DistributedTrainer} when the experiment asks for
 * it, and to the single-machine trainer otherwise. Found by {@link java.util.ServiceLoader}.
 */
public final class DistributedExtension implements WiringExtension {

    @Override
    public Module module() {
        return new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), TrainingLoop.class)
                        .setBinding()
                        .toProvider(DistributedLoopProvider.class);
            }
        };
    }
}
