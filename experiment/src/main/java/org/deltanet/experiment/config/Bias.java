package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The {@code bias} key of a layer, in experiments and model files alike: {@code true} (the layer
 * has a bias; the default), {@code false} (it has none), or a list of numbers, one per unit (it
 * has a bias with these values).
 *
 * @param present whether the layer has a bias
 * @param values  the bias values, or null when not given
 */
public record Bias(boolean present, double[] values) {

    /** A layer with a bias whose values are not given. */
    public static final Bias PRESENT = new Bias(true, null);
    /** A layer without bias. */
    public static final Bias ABSENT = new Bias(false, null);

    public Bias {
        Checks.require(present || values == null, "bias", "is false but values were given");
    }

    /** Reads {@code true}, {@code false} or a list of numbers. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Bias of(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue() ? PRESENT : ABSENT;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(
                    "bias is true, false, or a list of numbers (one per unit), got '" + node.asText() + "'");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = node.get(i);
            if (!value.isNumber()) {
                throw new IllegalArgumentException(
                        "bias: number " + (i + 1) + " is '" + value.asText() + "'; expected a number");
            }
            values[i] = value.doubleValue();
        }
        return new Bias(true, values);
    }

    /** The values, when given. */
    public Optional<double[]> given() {
        return Optional.ofNullable(values);
    }

    /** As written: the values where given, else {@code true} or {@code false}. */
    @JsonValue
    public Object json() {
        return values != null ? values : present;
    }
}
