package org.deltanet.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The parameter handling every plugin kind shares, so that a plugin class is its function: it
 * keeps the validated {@link ParameterValues} it was made with (which know their declared
 * {@link ParameterSpec}s), answers {@link #parameters()} and {@link #values()} from them, makes a
 * differently configured instance through the constructor it was given, and prints itself as
 * {@code leaky-relu(slope=0.01)}.
 *
 * <p>A plugin without parameters uses the no-argument constructor. A plugin with parameters
 * declares them, passes its defaults from the public no-argument constructor (what
 * {@link java.util.ServiceLoader} calls) and reads them in a constructor that takes the values:
 * <pre>{@code
 * public final class Constant extends ConfiguredPlugin<WeightInitializer> implements WeightInitializer {
 *     private static final ParameterSpec VALUE = ParameterSpec.real("value", 0.0, -1e6, 1e6, "every weight");
 *     private final double value;
 *
 *     public Constant() { this(ParameterValues.defaults(VALUE)); }
 *     private Constant(ParameterValues values) { super(values, Constant::new); value = values.real(VALUE); }
 *     ...
 * }
 * }</pre>
 * {@link ElementwiseActivation} extends this class, so an elementwise activation gets the same.
 *
 * @param <T> the plugin kind's interface, which {@link #configure} returns
 */
public abstract class ConfiguredPlugin<T extends Plugin> implements Plugin {

    private final ParameterValues values;
    private final Function<ParameterValues, ? extends T> configured;

    /** A plugin without parameters: {@link #configure} returns it unchanged. */
    protected ConfiguredPlugin() {
        this.values = ParameterValues.defaults(List.of());
        this.configured = null;
    }

    /**
     * @param values     the validated values this instance was made with
     * @param configured makes the plugin with other values, usually the constructor that took these
     */
    protected ConfiguredPlugin(ParameterValues values, Function<ParameterValues, ? extends T> configured) {
        this.values = Objects.requireNonNull(values, "values");
        this.configured = Objects.requireNonNull(configured, "configured");
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
     * This plugin with the given values.
     *
     * @param values validated against {@link #parameters()}
     */
    @SuppressWarnings("unchecked")
    public T configure(ParameterValues values) {
        return configured == null ? (T) this : configured.apply(values);
    }

    /** The name and, where there are any, the parameter values: {@code leaky-relu(slope=0.01)}. */
    @Override
    public final String toString() {
        return PluginText.describe(this);
    }
}
