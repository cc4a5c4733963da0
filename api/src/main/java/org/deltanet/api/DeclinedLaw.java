package org.deltanet.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A general law of the test kit that does not hold for a plugin by design, with the reason, and
 * optionally the parameter values under which it does hold.
 *
 * <p>The test kit (and {@code deltanet verify}) then reports the law as {@code skipped: REASON}
 * and, when {@code holdsWith} names values, checks the same law on the plugin configured with
 * them instead. Law names are those the test kit documents for the plugin's kind (for optimizers
 * {@code descent}, {@code direction}, {@code zero-gradient}, {@code restore}, {@code length},
 * {@code parameters}, and {@code outer-product} for one that updates outer products). The gradient check of an activation or a loss cannot be declined: the
 * test kit refuses such a plugin.
 *
 * <p>Example (decoupled weight decay moves the weights even when the gradient is zero, but not
 * without decay):
 * <pre>{@code
 * public List<DeclinedLaw> declinedLaws() {
 *     return List.of(new DeclinedLaw("zero-gradient", "a zero gradient still decays the weights",
 *             Map.of("weight-decay", 0.0)));
 * }
 * }</pre>
 *
 * @param law       the test kit's name of the law, e.g. {@code zero-gradient}
 * @param reason    one line: why the law does not hold for this plugin
 * @param holdsWith parameter values (by name) under which the law holds and is checked instead;
 *                  empty when it never holds
 */
public record DeclinedLaw(String law, String reason, Map<String, Double> holdsWith) {

    public DeclinedLaw {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("declining law '" + law + "' needs a reason");
        }
        holdsWith = Collections.unmodifiableMap(new LinkedHashMap<>(holdsWith));
    }

    /** A law that does not hold for any parameter values. */
    public DeclinedLaw(String law, String reason) {
        this(law, reason, Map.of());
    }
}
