package org.deltanet.plugins.schedule;

import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/**
 * {@code cosine}: cosine annealing (Loshchilov and Hutter, SGDR) from the optimizer's learning
 * rate down towards {@code min-factor} times it over the run, after an optional linear warm-up.
 * With {@code w = warmup}, {@code n} the run's steps, {@code d = n - w} and {@code m = min-factor}:
 * <pre>
 * step s &lt;= w:  rate = learning-rate * s / w
 * step s &gt; w:   rate = learning-rate * (m + (1 - m) * cos^2(pi/2 * k / d)),  k = min(s - w - 1, d - 1)
 * </pre>
 * ({@code cos^2(x/2) = (1 + cos x) / 2}, the usual form, written so that the rate stays above 0
 * at the last step even when {@code m} is 0). The first step after the warm-up uses the full rate;
 * past the run's end (a continued run) the rate stays at the last step's.
 *
 * <p>Parameters: {@code warmup}, default 0, in [0, 1e9] steps; {@code min-factor}, default 0, in
 * [0, 1). Per step.
 */
public final class CosineDecay extends ConfiguredPlugin<Schedule> implements Schedule {

    private static final ParameterSpec WARMUP =
            ParameterSpec.integer("warmup", 0, 0, Rates.MAX_STEPS, "steps of linear warm-up first");
    private static final ParameterSpec MIN_FACTOR =
            ParameterSpec.fraction("min-factor", 0.0, "the rate approached at the end, times learning-rate");

    private final int warmup = values().integer(WARMUP);
    private final double minFactor = values().real(MIN_FACTOR);

    /** No warm-up, down towards 0. */
    public CosineDecay() {
        super(
                "cosine",
                "cosine annealing to min-factor * learning-rate over the run, after a linear warm-up",
                CosineDecay::new,
                WARMUP,
                MIN_FACTOR);
    }

    @Override
    public Unit unit() {
        return Unit.STEP;
    }

    @Override
    public double rate(double base, long time, long length, ScheduleState state) {
        if (time <= warmup) {
            return Rates.warmingUp(base, time, warmup);
        }
        long decaying = length - warmup;
        if (decaying <= 0) {
            return base;
        }
        long k = Math.min(time - warmup - 1, decaying - 1);
        double half = Math.cos(0.5 * Math.PI * k / decaying);
        return base * (minFactor + (1.0 - minFactor) * half * half);
    }
}
