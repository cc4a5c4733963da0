package org.deltanet.spark.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.SweepConfig;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * The variants of a sweep section. Grid search lists every combination, the last key varying
 * fastest; random search draws {@code samples} distinct combinations (all of them if there are no
 * more) with a generator seeded by the sweep's seed, or the experiment's, in the order drawn.
 */
public final class SweepPlan {

    /**
     * The most variants one sweep may have: each is loaded and checked on the driver before any
     * trains, and each gets a run directory; 100,000 is days of training for the smallest model.
     */
    public static final long MOST_VARIANTS = 100_000;

    private SweepPlan() {}

    /**
     * How many variants the sweep has: every combination for grid search, at most {@code samples}
     * for random search; {@link Long#MAX_VALUE} if the combinations do not fit a long.
     */
    public static long count(SweepConfig sweep) {
        long combinations = combinations(sweep);
        return sweep.method() == SweepConfig.Method.GRID ? combinations : Math.min(sweep.samples(), combinations);
    }

    private static long combinations(SweepConfig sweep) {
        long combinations = 1;
        for (List<JsonNode> values : sweep.parameters().values()) {
            long high = Math.multiplyHigh(combinations, values.size());
            combinations =
                    high != 0 || combinations * values.size() < 0 ? Long.MAX_VALUE : combinations * values.size();
        }
        return combinations;
    }

    /**
     * @param experimentSeed used when the sweep names no seed of its own
     * @throws ConfigException if the sweep has more than {@value #MOST_VARIANTS} variants
     */
    public static List<Variant> of(SweepConfig sweep, long experimentSeed) {
        List<String> keys = List.copyOf(sweep.parameters().keySet());
        long combinations = combinations(sweep);
        long count = count(sweep);
        if (count > MOST_VARIANTS) {
            throw new ConfigException(
                    YamlPath.root().key("sweep"),
                    "sweep: " + (count == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(count))
                            + " variants, more than a sweep may have (" + MOST_VARIANTS
                            + "); use fewer values, or method: random with samples: N");
        }
        List<Long> chosen = new ArrayList<>();
        if (sweep.method() == SweepConfig.Method.GRID) {
            for (long index = 0; index < combinations; index++) {
                chosen.add(index);
            }
        } else {
            long seed = sweep.seed() != null ? sweep.seed() : experimentSeed;
            chosen.addAll(draw(Math.min(sweep.samples(), combinations), combinations, new SplittableRandom(seed)));
        }
        List<Variant> variants = new ArrayList<>();
        for (long index : chosen) {
            variants.add(new Variant(variants.size() + 1, combination(index, keys, sweep.parameters())));
        }
        return variants;
    }

    /** {@code count} distinct indices below {@code bound}, in the order drawn. */
    private static Set<Long> draw(long count, long bound, SplittableRandom random) {
        Set<Long> drawn = new LinkedHashSet<>();
        while (drawn.size() < count) {
            drawn.add(random.nextLong(bound));
        }
        return drawn;
    }

    /** The combination with this index, read as a number whose digits are the keys' value positions. */
    private static Map<String, JsonNode> combination(
            long index, List<String> keys, Map<String, List<JsonNode>> values) {
        Map<String, JsonNode> chosen = new LinkedHashMap<>();
        long rest = index;
        for (int k = keys.size() - 1; k >= 0; k--) {
            List<JsonNode> options = values.get(keys.get(k));
            chosen.put(keys.get(k), options.get((int) (rest % options.size())));
            rest /= options.size();
        }
        Map<String, JsonNode> inFileOrder = new LinkedHashMap<>();
        keys.forEach(key -> inFileOrder.put(key, chosen.get(key)));
        return inFileOrder;
    }
}
