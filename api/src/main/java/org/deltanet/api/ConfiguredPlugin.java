package org.deltanet.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every plugin kind shares, so that a plugin class is its function: its name and description
 * given once to the constructor, its declared {@link ParameterSpec}s and the validated
 * {@link ParameterValues} of this instance, {@link #configure} making a differently configured
 * instance, and {@code toString()} as {@code leaky-relu(slope=0.01)}.
 *
 * <p>A plugin without parameters passes its name and description:
 * <pre>{@code
 * public final class He extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {
 *     public He() { super("he", "w ~ N(0, 2 / fanIn)"); }
 *     public void initialize(...) { ... }
 * }
 * }</pre>
 *
 * <p>A plugin with parameters also passes a factory, its own no-argument constructor, and its
 * parameters, and reads its values from {@link #values()} (in a field initializer or the
 * constructor body, both of which run after this constructor):
 * <pre>{@code
 * public final class Swish extends ElementwiseActivation {
 *     private static final ParameterSpec BETA = ParameterSpec.real("beta", 1.0, 0.0, 10.0, "sharpness");
 *     private final double beta = values().real(BETA);
 *
 *     public Swish() { super("swish", "z * sigmoid(beta * z)", Swish::new, BETA); }
 *     ...
 * }
 * }</pre>
 *
 * <p><b>One constructor, two uses.</b> {@link java.util.ServiceLoader} calls the public
 * no-argument constructor, which gives the defaults. {@link #configure} calls the same constructor
 * through the factory and hands it the values on the calling thread: the constructor of the first
 * plugin of this class (or of a superclass of it) made on that thread during the call takes them.
 * So a plugin needs no second, private constructor that takes the values, and its fields can stay
 * {@code final}. The factory must make the plugin through its no-argument constructor;
 * {@link #configure} throws {@link IllegalStateException} if it made nothing that took the values.
 *
 * <p>A plugin may instead override {@link #name()} and {@link #description()} and use the
 * constructor without arguments; and a plugin need not extend this class at all: the kinds'
 * interfaces are the contract, this class only saves writing it.
 * {@link ElementwiseActivation} extends this class, so an elementwise activation gets the same.
 *
 * @param <T> the plugin kind's interface, which {@link #configure} returns
 */
public abstract class ConfiguredPlugin<T extends Plugin> implements Plugin {

    /** The values {@link #configure} hands to the constructor its factory calls, per thread. */
    private static final ThreadLocal<Handoff> HANDOFF = new ThreadLocal<>();

    private final String name;
    private final String description;
    private final Supplier<? extends T> factory;
    private final ParameterValues values;

    /**
     * A plugin without parameters that answers {@link #name()} and {@link #description()} itself
     * (overriding both).
     */
    protected ConfiguredPlugin() {
        this.name = null;
        this.description = null;
        this.factory = null;
        this.values = ParameterValues.defaults();
    }

    /**
     * A plugin without parameters: {@link #configure} returns it unchanged.
     *
     * @param name        the stable name, see {@link Plugin#name()}
     * @param description one line for listings, see {@link Plugin#description()}
     */
    protected ConfiguredPlugin(String name, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.factory = null;
        this.values = ParameterValues.defaults();
    }

    /**
     * A plugin with parameters. Called through the public no-argument constructor, it takes the
     * defaults of {@code parameters}, or the values {@link #configure} hands over.
     *
     * @param name        the stable name, see {@link Plugin#name()}
     * @param description one line for listings, see {@link Plugin#description()}
     * @param factory     the plugin's public no-argument constructor, e.g. {@code Swish::new}
     * @param parameters  the declared parameters, in display order
     */
    protected ConfiguredPlugin(
            String name, String description, Supplier<? extends T> factory, ParameterSpec... parameters) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.values = handedOr(parameters);
    }

    private ParameterValues handedOr(ParameterSpec... parameters) {
        Handoff handoff = HANDOFF.get();
        if (handoff == null || !getClass().isAssignableFrom(handoff.type())) {
            return ParameterValues.defaults(parameters);
        }
        HANDOFF.remove();
        return handoff.values();
    }

    @Override
    public String name() {
        return given(name, "name");
    }

    @Override
    public String description() {
        return given(description, "description");
    }

    private String given(String text, String what) {
        if (text == null) {
            throw new IllegalStateException(getClass().getName() + " passes no " + what
                    + " to ConfiguredPlugin's constructor and does not override " + what + "()");
        }
        return text;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return values.specs();
    }

    @Override
    public final ParameterValues values() {
        return values;
    }

    /**
     * This plugin with the given values, made by the factory given to the constructor (this plugin
     * itself when it has none).
     *
     * @param values validated against {@link #parameters()}
     * @throws IllegalStateException if the factory made no plugin of this class that took the values
     */
    @SuppressWarnings("unchecked")
    public T configure(ParameterValues values) {
        if (factory == null) {
            return (T) this;
        }
        Handoff outer = HANDOFF.get();
        HANDOFF.set(new Handoff(getClass(), Objects.requireNonNull(values, "values")));
        try {
            T configured = factory.get();
            if (HANDOFF.get() != null) {
                throw new IllegalStateException("the factory given to "
                        + getClass().getName() + "'s constructor must make it through its own no-argument constructor");
            }
            return configured;
        } finally {
            if (outer == null) {
                HANDOFF.remove();
            } else {
                HANDOFF.set(outer);
            }
        }
    }

    /** The name and, where there are any, the parameter values: {@code leaky-relu(slope=0.01)}. */
    @Override
    public final String toString() {
        return PluginText.describe(this);
    }

    /** Values on their way from {@link #configure} to a constructor of {@code type} or a superclass. */
    private record Handoff(Class<?> type, ParameterValues values) {}
}
