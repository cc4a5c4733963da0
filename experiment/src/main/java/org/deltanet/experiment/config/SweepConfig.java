package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code sweep} section: variants of the experiment to train side by side, each the experiment
 * with some keys set to other values, and the metric they are ranked by. Run by
 * {@code deltanet sweep}; {@code train} ignores it.
 * <pre>
 * sweep:
 *   parameters:                          # the keys --set takes, each with its values
 *     optimizer.learning-rate: [0.1, 0.01]
 *     model.layers[0].units: [4, 16]
 *   method: grid                         # every combination (default), or random
 *   metric: test-accuracy                # what ranks the variants
 * </pre>
 *
 * @param parameters dotted keys with list indices (as for {@code --set}), each with a non-empty
 *                   list of values, in file order
 * @param method     {@code grid} (default): every combination; {@code random}: {@code samples}
 *                   distinct combinations drawn by {@code seed}
 * @param samples    how many combinations random search draws (at most all of them); random only,
 *                   default 10
 * @param seed       seeds the random draw; default the experiment's seed
 * @param metric     what ranks the variants; default {@code validation-loss}
 * @param direction  {@code maximize} or {@code minimize}; default by the metric (accuracies are
 *                   maximized, losses minimized)
 */
@JsonPropertyOrder({"parameters", "method", "samples", "seed", "metric", "direction"})
public record SweepConfig(
        Map<String, List<JsonNode>> parameters,
        Method method,
        Integer samples,
        Long seed,
        SweepMetric metric,
        Direction direction) {

    /** How variants are chosen. */
    public enum Method {
        /** Every combination of the values. */
        @JsonProperty("grid")
        GRID,
        /** Distinct combinations drawn at random. */
        @JsonProperty("random")
        RANDOM
    }

    /** Which end of the metric is best. */
    public enum Direction {
        @JsonProperty("maximize")
        MAXIMIZE,
        @JsonProperty("minimize")
        MINIMIZE
    }

    public SweepConfig {
        Checks.present(parameters, "parameters", "e.g. parameters: { optimizer.learning-rate: [0.1, 0.01] }");
        Checks.require(!parameters.isEmpty(), "parameters", "names no key to sweep");
        parameters.forEach((key, values) -> Checks.require(
                values != null && !values.isEmpty(), key, "needs a non-empty list of values, e.g. [0.1, 0.01]"));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        method = method == null ? Method.GRID : method;
        Checks.require(samples == null || method == Method.RANDOM, "samples", "applies to method: random only");
        samples = samples == null && method == Method.RANDOM ? Integer.valueOf(10) : samples;
        Checks.atLeast(samples, 1, "samples");
        metric = metric == null ? SweepMetric.VALIDATION_LOSS : metric;
        direction = direction == null ? (metric.largerIsBetter() ? Direction.MAXIMIZE : Direction.MINIMIZE) : direction;
    }
}
