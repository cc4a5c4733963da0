package org.deltanet.experiment.wiring;

import com.google.inject.Module;

/**
 * How a deltanet module on the class path (not a plugin jar) changes how an experiment is wired,
 * e.g. {@code deltanet-spark} binding the {@code TrainingLoop} to its distributed trainer with
 * {@code OptionalBinder.newOptionalBinder(binder(), TrainingLoop.class).setBinding()}.
 *
 * <p>Found with {@link java.util.ServiceLoader} in deltanet's own class loader only: list the class
 * in {@code META-INF/services/org.deltanet.experiment.wiring.WiringExtension}. Plugin jars use the
 * small {@link org.deltanet.experiment.extension.ExperimentExtension} instead, which does not expose
 * Guice or the wiring. A module that binds something deltanet binds already fails the experiment
 * with Guice's message.
 */
public interface WiringExtension {

    /** The Guice module to install into each experiment's injector. */
    Module module();
}
