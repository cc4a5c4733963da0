package org.deltanet.plugins.schedule;

import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/**
 * {@code exponential}: the rate shrinks by {@code gamma} every epoch,
 * {@code rate = learning-rate * gamma^(epoch - 1)}.
 *
 * <p>The factor never drops below 1e-300, so that the rate stays above 0.
 *
 * <p>Parameter {@code gamma}, default 0.95, in (0, 1]. Per epoch.
 */
public final class ExponentialDecay extends ConfiguredPlugin<Schedule> implements Schedule {

    private static final ParameterSpec GAMMA = Rates.factor("gamma", 0.95, "factor per epoch");

    private final double gamma = values().real(GAMMA);

    /** Gamma 0.95. */
    public ExponentialDecay() {
        super("exponential", "rate = learning-rate * gamma^(epoch - 1)", ExponentialDecay::new, GAMMA);
    }

    @Override
    public Unit unit() {
        return Unit.EPOCH;
    }

    @Override
    public double rate(double base, long time, long length, ScheduleState state) {
        return Rates.decayed(base, Math.pow(gamma, time - 1));
    }
}
