package org.deltanet.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.deltanet.api.DeclinedLaw;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginText;
import org.quicktheories.core.Gen;

/**
 * One plugin's laws by name, with what the plugin {@linkplain Plugin#declinedLaws() declines}
 * applied: a declined law becomes a {@linkplain Property#skipped skipped} property with the
 * plugin's reason, followed (when the plugin names values under which it holds) by the same law
 * checked on the plugin configured with those values. Binding laws cannot be declined; declining
 * one, or a law this kind does not have, is refused with a {@link LawRefusedException}.
 *
 * <p>Example:
 * <pre>{@code
 * new LawBook<>("optimizer", adamw)
 *         .law("zero-gradient", o -> List.of(zeroGradientProperty(o)))
 *         .properties();
 * }</pre>
 *
 * @param <P> the plugin kind's interface
 */
final class LawBook<P extends Plugin> {

    private final String kind;
    private final P plugin;
    private final Map<String, DeclinedLaw> declined = new LinkedHashMap<>();
    private final List<String> laws = new ArrayList<>();
    private final List<Property> properties = new ArrayList<>();

    /** @param kind the kind's label, e.g. {@code optimizer}, for messages */
    LawBook(String kind, P plugin) {
        this.kind = kind;
        this.plugin = plugin;
        for (DeclinedLaw law : plugin.declinedLaws()) {
            declined.put(law.law(), law);
        }
    }

    /** A law the plugin may decline: the properties {@code make} makes for a plugin. */
    LawBook<P> law(String law, Function<P, List<Property>> make) {
        laws.add(law);
        DeclinedLaw declination = declined.get(law);
        List<Property> checked = make.apply(plugin);
        if (declination == null) {
            properties.addAll(checked);
            return this;
        }
        for (Property property : checked) {
            properties.add(Property.skipped(property.name(), declination.reason()));
        }
        if (!declination.holdsWith().isEmpty()) {
            P instead = configuredFor(declination);
            String where = " [declined law '" + law + "', checked where it holds: " + declination.holdsWith() + "]";
            make.apply(instead).forEach(property -> properties.add(property.named(property.name() + where)));
        }
        return this;
    }

    /**
     * A law the plugin may decline, checked over generated cases as one property named
     * {@code <plugin>: <statement>}, e.g. {@code sgd(learning-rate=0.01): a zero gradient leaves the
     * parameters unchanged}.
     */
    <C> LawBook<P> forAll(String law, String statement, Gen<C> cases, BiConsumer<P, C> check) {
        return law(
                law,
                p -> List.of(
                        Property.forAll(PluginText.describe(p) + ": " + statement, cases, c -> check.accept(p, c))));
    }

    /** The law {@code parameters}: configured values round-trip (see {@link ParameterProperties#roundTrip}). */
    LawBook<P> parameters() {
        return law("parameters", p -> ParameterProperties.roundTrip(p, p::configure).stream()
                .toList());
    }

    /** A law the plugin cannot decline. */
    LawBook<P> binding(String law, Function<P, List<Property>> make) {
        DeclinedLaw declination = declined.get(law);
        if (declination != null) {
            throw new LawRefusedException(describe() + " declines the law '" + law + "' (\"" + declination.reason()
                    + "\"), but the " + law + " check of " + article() + " cannot be declined: it is what makes"
                    + " training by backpropagation correct");
        }
        laws.add(law);
        properties.addAll(make.apply(plugin));
        return this;
    }

    /**
     * The properties, in the order the laws were given.
     *
     * @throws LawRefusedException if the plugin declines a law this kind does not have
     */
    List<Property> properties() {
        for (String law : declined.keySet()) {
            if (!laws.contains(law)) {
                throw new LawRefusedException(describe() + " declines the law '" + law + "', which the test kit does"
                        + " not have for " + kind + "s; the laws it may decline are " + String.join(", ", laws));
            }
        }
        return List.copyOf(properties);
    }

    @SuppressWarnings("unchecked")
    private P configuredFor(DeclinedLaw declination) {
        ParameterValues.Builder values = ParameterValues.builder(plugin.parameters());
        plugin.values().asMap().forEach(values::set);
        try {
            declination.holdsWith().forEach(values::set);
            return (P) plugin.configure(values.build());
        } catch (RuntimeException e) {
            throw new LawRefusedException(describe() + " says the law '" + declination.law() + "' holds with "
                    + declination.holdsWith() + ", but cannot be configured so: " + e.getMessage());
        }
    }

    private String describe() {
        return kind + " '" + plugin.name() + "'";
    }

    private String article() {
        return (kind.startsWith("a") ? "an " : "a ") + kind;
    }
}
