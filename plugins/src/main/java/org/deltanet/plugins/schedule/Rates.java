package org.deltanet.plugins.schedule;

import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterType;

/** Parameter shapes and formulas the built-in schedules share. */
final class Rates {

    /** The largest warm-up, in steps. */
    static final int MAX_STEPS = 1_000_000_000;

    /**
     * The smallest factor a decaying schedule applies to the learning rate: far below any useful
     * rate, but high enough that the rate never underflows to 0, which no optimizer accepts.
     */
    static final double SMALLEST_FACTOR = 1e-300;

    private Rates() {}

    /** {@code base * factor}, the factor no smaller than {@link #SMALLEST_FACTOR}. */
    static double decayed(double base, double factor) {
        return base * Math.max(factor, SMALLEST_FACTOR);
    }

    /** A factor in (0, 1]: 1 keeps the rate, anything above 0 shrinks it. */
    static ParameterSpec factor(String name, double defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, 0.0, true, 1.0, false, description);
    }

    /**
     * The linear warm-up's rate at 1-based step {@code step} of {@code warmup} (at least 1):
     * {@code base * step / warmup}, so the first step already moves and step {@code warmup} uses
     * the full rate.
     */
    static double warmingUp(double base, long step, long warmup) {
        return base * step / warmup;
    }
}
