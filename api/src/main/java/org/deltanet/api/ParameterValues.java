package org.deltanet.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validated values for a plugin's declared parameters: every declared parameter has a value (the
 * default where none was given) and every value lies within its range.
 *
 * <p>Example:
 * <pre>{@code
 * ParameterValues values = ParameterValues.builder(momentum.parameters())
 *         .set("learning-rate", 0.1)
 *         .build();
 * Optimizer configured = momentum.configure(values);
 * double alpha = values.real("learning-rate");
 * }</pre>
 */
public final class ParameterValues {

    private final List<ParameterSpec> specs;
    private final Map<String, Double> values;

    private ParameterValues(List<ParameterSpec> specs, Map<String, Double> values) {
        this.specs = List.copyOf(specs);
        this.values = Collections.unmodifiableMap(values);
    }

    /** Every parameter at its default. */
    public static ParameterValues defaults(List<ParameterSpec> specs) {
        return builder(specs).build();
    }

    /** Every parameter at its default: {@code ParameterValues.defaults(BETA)}. */
    public static ParameterValues defaults(ParameterSpec... specs) {
        return defaults(List.of(specs));
    }

    /** A builder that checks each value against the given specs as it is set. */
    public static Builder builder(List<ParameterSpec> specs) {
        return new Builder(specs);
    }

    /** The value of a real parameter. */
    public double real(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; declared: " + values.keySet());
        }
        return value;
    }

    /** The value of a whole-number parameter. */
    public int integer(String name) {
        return (int) real(name);
    }

    /** The value of a declared real parameter: {@code values.real(BETA)}. */
    public double real(ParameterSpec spec) {
        return real(spec.name());
    }

    /** The value of a declared whole-number parameter. */
    public int integer(ParameterSpec spec) {
        return integer(spec.name());
    }

    /** The parameters these values were checked against, in declaration order. */
    public List<ParameterSpec> specs() {
        return specs;
    }

    /** All values by name, in declaration order. */
    public Map<String, Double> asMap() {
        return values;
    }

    /** {@code learning-rate=0.1, momentum=0.9}: the values, in declaration order. */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + ParameterSpec.format(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Collects values, checking each against its spec; unset parameters take their defaults. */
    public static final class Builder {
        private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        private final Map<String, Double> values = new LinkedHashMap<>();

        private Builder(List<ParameterSpec> specs) {
            for (ParameterSpec spec : specs) {
                this.specs.put(spec.name(), spec);
                this.values.put(spec.name(), spec.defaultValue());
            }
        }

        /**
         * Sets one value.
         *
         * @throws InvalidParameterException if no such parameter is declared (the message names
         *         the closest declared one) or the value is out of range (the message gives the range)
         */
        public Builder set(String name, double value) {
            ParameterSpec spec = specs.get(name);
            if (spec == null) {
                throw new InvalidParameterException(name, unknownMessage(name));
            }
            String problem = spec.problemWith(value);
            if (problem != null) {
                throw new InvalidParameterException(
                        name,
                        "parameter '" + name + "' is " + ParameterSpec.format(value) + " but " + problem + " ("
                                + spec.description() + ")");
            }
            values.put(name, value);
            return this;
        }

        public ParameterValues build() {
            return new ParameterValues(List.copyOf(specs.values()), new LinkedHashMap<>(values));
        }

        private String unknownMessage(String name) {
            if (specs.isEmpty()) {
                return "unknown parameter '" + name + "': this plugin takes no parameters";
            }
            return "unknown parameter '" + name + "'"
                    + NameSuggestions.closest(name, specs.keySet())
                            .map(c -> ", did you mean '" + c + "'?")
                            .orElse("")
                    + " Valid parameters: " + String.join(", ", specs.keySet());
        }
    }
}
