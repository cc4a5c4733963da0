package org.deltanet.plugins.schedule;

import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/**
 * {@code linear-warmup}: the rate climbs linearly over the first {@code warmup} steps and then
 * stays at the optimizer's learning rate, {@code rate = learning-rate * min(step, warmup) / warmup}.
 *
 * <p>Parameter {@code warmup}, default 100, in [1, 1e9] steps. Per step.
 */
public final class LinearWarmup extends ConfiguredPlugin<Schedule> implements Schedule {

    private static final ParameterSpec WARMUP =
            ParameterSpec.integer("warmup", 100, 1, Rates.MAX_STEPS, "steps to reach the learning rate");

    private final int warmup = values().integer(WARMUP);

    /** Warm-up of 100 steps. */
    public LinearWarmup() {
        super("linear-warmup", "rate = learning-rate * min(step, warmup) / warmup", LinearWarmup::new, WARMUP);
    }

    @Override
    public Unit unit() {
        return Unit.STEP;
    }

    @Override
    public double rate(double base, long time, long length, ScheduleState state) {
        return time >= warmup ? base : Rates.warmingUp(base, time, warmup);
    }
}
