package org.deltanet.testkit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterType;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginText;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The parameter round trip that every configurable plugin obeys: for generated values within each
 * declared range, {@code configure(values)} yields a plugin of the same name and parameters whose
 * {@code values()} equal {@code values} and whose {@code toString()} is
 * {@link PluginText#describe}.
 *
 * <p>Unbounded ranges are sampled within 1000 of their lower end; both ends of every range are
 * among the generated values.
 *
 * <p>Example:
 * <pre>{@code
 * ParameterProperties.roundTrip(swish, swish::configure).ifPresent(properties::add);
 * }</pre>
 */
public final class ParameterProperties {

    /** How far above its lower end an unbounded range is sampled. */
    private static final double SAMPLED_SPAN = 1000.0;

    private ParameterProperties() {}

    /**
     * The round-trip property, or empty when the plugin declares no parameters.
     *
     * @param plugin    the plugin whose declared parameters are sampled
     * @param configure the plugin's {@code configure} method
     */
    public static Optional<Property> roundTrip(Plugin plugin, Function<ParameterValues, ? extends Plugin> configure) {
        List<ParameterSpec> specs = plugin.parameters();
        if (specs.isEmpty()) {
            return Optional.empty();
        }
        String name = PluginText.describe(plugin) + ": configure(values).values() returns the values";
        return Optional.of(Property.forAll(name, values(specs), values -> {
            Plugin configured = configure.apply(values);
            if (!configured.values().equals(values)) {
                throw new AssertionError("configure(" + values + ").values() returned " + configured.values());
            }
            if (!configured.name().equals(plugin.name())
                    || !configured.parameters().equals(specs)) {
                throw new AssertionError("configure(" + values + ") returned a different plugin: " + configured.name()
                        + " with parameters " + configured.parameters());
            }
            if (!configured.toString().equals(PluginText.describe(configured))) {
                throw new AssertionError("configure(" + values + ").toString() is '" + configured + "', expected '"
                        + PluginText.describe(configured) + "'");
            }
        }));
    }

    private static Gen<ParameterValues> values(List<ParameterSpec> specs) {
        List<Gen<Double>> perParameter =
                specs.stream().map(ParameterProperties::within).toList();
        return source -> {
            ParameterValues.Builder builder = ParameterValues.builder(specs);
            for (int i = 0; i < specs.size(); i++) {
                builder.set(specs.get(i).name(), perParameter.get(i).generate(source));
            }
            return builder.build();
        };
    }

    private static Gen<Double> within(ParameterSpec spec) {
        double low = spec.minExclusive() ? Math.nextUp(spec.min()) : spec.min();
        double max = spec.maxExclusive() ? Math.nextDown(spec.max()) : spec.max();
        double high = max - low <= SAMPLED_SPAN ? max : low + SAMPLED_SPAN;
        if (spec.type() == ParameterType.INTEGER) {
            int lowest = (int) Math.ceil(low);
            return Generate.range(lowest, (int) Math.floor(high), lowest).map(Integer::doubleValue);
        }
        return low == high ? Generate.constant(low) : Generators.reals(low, high);
    }
}
