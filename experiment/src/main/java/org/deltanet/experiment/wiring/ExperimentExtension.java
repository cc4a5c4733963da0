package org.deltanet.experiment.wiring;

import com.google.inject.Module;

/**
 * The extension point through which a plugin jar adds to an experiment's wiring, e.g. a training
 * listener that logs to a service, or an extra metric.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.deltanet.experiment.wiring.ExperimentExtension} of the jar and give
 * it a public no-argument constructor. Its module is installed into every experiment's injector,
 * beside deltanet's own modules, so it can inject {@code ExperimentConfig}, {@code Network},
 * {@code ExperimentData}, and contribute to the set of {@code TrainingListener}s:
 * <pre>{@code
 * public final class SlackNotifications implements ExperimentExtension {
 *     public Module module() {
 *         return new AbstractModule() {
 *             protected void configure() {
 *                 Multibinder.newSetBinder(binder(), TrainingListener.class)
 *                         .addBinding().to(NotifyWhenDone.class);
 *             }
 *         };
 *     }
 * }
 * }</pre>
 * A module that binds something deltanet binds already fails the experiment with Guice's message.
 *
 * <p>In a plugin jar (from {@code ./plugins}, {@code --plugins} or an experiment's {@code plugins:}),
 * listing this service makes the jar an <em>extension jar</em>: its class loader sees, besides the
 * api and the JDK, deltanet's engine, experiment and Guice packages, which its module binds
 * against (a plain plugin jar sees the api only). See {@code docs/plugin-guide.md}.
 */
public interface ExperimentExtension {

    /** The Guice module to install into each experiment's injector. */
    Module module();
}
