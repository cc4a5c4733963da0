package org.deltanet.api;

import java.util.List;

/**
 * What every deltanet plugin has: a stable name, a one-line description and declared parameters.
 *
 * <p><b>Names are unique within a kind</b> and are lowercase words joined by hyphens
 * ({@code sigmoid}, {@code cross-entropy}, {@code leaky-relu}); experiment and model files refer to
 * plugins only by this name, so it must never change between releases of a plugin.
 *
 * <p><b>Construction.</b> Plugins are found with {@link java.util.ServiceLoader}, so every
 * implementation needs a public no-argument constructor that yields the plugin configured with
 * the defaults of its {@link #parameters()}. A differently configured instance comes from the
 * kind's {@code configure(ParameterValues)}; instances are immutable and safe to share between
 * threads.
 *
 * <p>Example:
 * <pre>{@code
 * public final class Swish implements Activation {
 *     public String name() { return "swish"; }
 *     public String description() { return "z * sigmoid(beta * z)"; }
 *     public List<ParameterSpec> parameters() {
 *         return List.of(ParameterSpec.real("beta", 1.0, 0.0, 100.0, "slope of the gate"));
 *     }
 *     ...
 * }
 * }</pre>
 * {@link ConfiguredPlugin} (and {@link ElementwiseActivation}, which extends it) implements all
 * of this from a name, a description and the parameters given to its constructor.
 */
public interface Plugin {

    /**
     * The rule every plugin name and parameter name follows, as a regular expression: lowercase
     * words of letters and digits, the first starting with a letter, joined by single hyphens
     * ({@code leaky-relu}, {@code adam2}; not {@code LeakyReLU}, {@code leaky_relu} or {@code -relu}).
     * Plugin jars whose plugins break it are refused when they load.
     */
    String NAME_PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    /** The stable lowercase name by which experiment files refer to this plugin, e.g. {@code sigmoid}. */
    String name();

    /** One line, for listings: what the plugin computes, e.g. {@code "1 / (1 + e^-z)"}. */
    String description();

    /** The parameters this plugin accepts, in display order; empty when it takes none. */
    default List<ParameterSpec> parameters() {
        return List.of();
    }

    /** The parameter values this instance was configured with (the defaults for a fresh instance). */
    default ParameterValues values() {
        return ParameterValues.defaults(parameters());
    }

    /**
     * The general test-kit laws that do not hold for this plugin by design, each with the reason
     * (and the parameter values under which it holds, if any); empty by default. See
     * {@link DeclinedLaw}.
     */
    default List<DeclinedLaw> declinedLaws() {
        return List.of();
    }

    /**
     * This plugin with the given parameter values; each kind narrows the return type, and
     * {@link ConfiguredPlugin} implements it for all of them.
     *
     * @param values validated against {@link #parameters()}
     */
    default Plugin configure(ParameterValues values) {
        return this;
    }
}
