package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code training.class-weights} key: how much each class's examples count in the training
 * loss. {@code balanced} (each class weighted {@code n / (k * n_class)} over the training
 * examples, so that every class counts as much in all and the mean weight is 1), a list of
 * weights in the order of the classes, or a mapping from class name to weight (classes left out
 * weigh 1).
 *
 * <p>Examples: {@code class-weights: balanced}, {@code class-weights: [1, 5, 1]},
 * {@code class-weights: { setosa: 1, virginica: 3 }}.
 *
 * @param balanced whether the weights are {@code balanced}
 * @param list     the weights in class order, or null
 * @param byName   the weights by class name, or null
 */
public record ClassWeights(boolean balanced, List<Double> list, Map<String, Double> byName) {

    public ClassWeights {
        list = list == null ? null : List.copyOf(list);
        byName = byName == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** Reads {@code balanced}, a list of numbers or a mapping of class names to numbers. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClassWeights of(JsonNode node) {
        if (node.isTextual()) {
            if (!node.textValue().equals("balanced")) {
                throw new IllegalArgumentException("class-weights is 'balanced', a list of weights in class order or"
                        + " a mapping of class names to weights, got '" + node.textValue() + "'");
            }
            return new ClassWeights(true, null, null);
        }
        if (node.isArray()) {
            List<Double> weights = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                weights.add(weight(node.get(i), "number " + (i + 1)));
            }
            return new ClassWeights(false, weights, null);
        }
        if (node.isObject()) {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                weights.put(entry.getKey(), weight(entry.getValue(), "'" + entry.getKey() + "'"));
            }
            return new ClassWeights(false, null, weights);
        }
        throw new IllegalArgumentException("class-weights is 'balanced', a list of weights in class order or a"
                + " mapping of class names to weights, got '" + node.asText() + "'");
    }

    private static double weight(JsonNode value, String which) {
        if (!value.isNumber() || !(value.doubleValue() >= 0.0) || !Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException(
                    "class-weights: " + which + " is '" + value.asText() + "'; expected a number of at least 0");
        }
        return value.doubleValue();
    }

    /** As written: {@code balanced}, the list or the mapping. */
    @JsonValue
    public Object json() {
        return balanced ? "balanced" : list != null ? list : byName;
    }
}
