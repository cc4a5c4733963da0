package org.deltanet.api;

import java.util.List;
import java.util.Objects;

/**
 * A kind of plugin: the service type that {@link java.util.ServiceLoader} looks up, typed so that a
 * lookup by kind returns that type. Example:
 * <pre>{@code
 * Activation sigmoid = registry.find(PluginKind.ACTIVATION, "sigmoid");
 * }</pre>
 *
 * @param <T> the kind's interface, listed in {@code META-INF/services}
 */
public final class PluginKind<T extends Plugin> {

    public static final PluginKind<Activation> ACTIVATION =
            new PluginKind<>("activation", "activations", Activation.class);
    public static final PluginKind<Loss> LOSS = new PluginKind<>("loss", "losses", Loss.class);
    public static final PluginKind<Optimizer> OPTIMIZER = new PluginKind<>("optimizer", "optimizers", Optimizer.class);
    public static final PluginKind<WeightInitializer> INITIALIZER =
            new PluginKind<>("initializer", "initializers", WeightInitializer.class);

    public static final PluginKind<Schedule> SCHEDULE = new PluginKind<>("schedule", "schedules", Schedule.class);

    private static final List<PluginKind<?>> ALL = List.of(ACTIVATION, LOSS, OPTIMIZER, INITIALIZER, SCHEDULE);

    private final String label;
    private final String plural;
    private final Class<T> serviceType;

    private PluginKind(String label, String plural, Class<T> serviceType) {
        this.label = Objects.requireNonNull(label);
        this.plural = Objects.requireNonNull(plural);
        this.serviceType = Objects.requireNonNull(serviceType);
    }

    /** Every kind, in listing order: activations, losses, optimizers, initializers, schedules. */
    public static List<PluginKind<?>> values() {
        return ALL;
    }

    /** The word used in messages and listings, e.g. {@code activation}. */
    public String label() {
        return label;
    }

    /** The label's plural, e.g. {@code losses}. */
    public String plural() {
        return plural;
    }

    /** The interface listed in {@code META-INF/services}. */
    public Class<T> serviceType() {
        return serviceType;
    }

    /** The plugin as this kind's type; it must be one (as a plugin found for this kind is). */
    public T cast(Plugin plugin) {
        return serviceType.cast(plugin);
    }

    /** The label, e.g. {@code activation}. */
    @Override
    public String toString() {
        return label;
    }
}
