package org.deltanet.plugins.schedule;

import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/**
 * {@code step}: the rate drops by the factor {@code gamma} every {@code every} epochs,
 * {@code rate = learning-rate * gamma^floor((epoch - 1) / every)}.
 *
 * <p>The factor never drops below 1e-300, so that the rate stays above 0.
 *
 * <p>Parameters: {@code every}, default 10, in [1, 1000000] epochs; {@code gamma}, default 0.1, in
 * (0, 1]. Per epoch.
 */
public final class StepDecay extends ConfiguredPlugin<Schedule> implements Schedule {

    private static final ParameterSpec EVERY = ParameterSpec.integer("every", 10, 1, 1_000_000, "epochs between drops");
    private static final ParameterSpec GAMMA = Rates.factor("gamma", 0.1, "factor of each drop");

    private final int every = values().integer(EVERY);
    private final double gamma = values().real(GAMMA);

    /** Every 10 epochs, gamma 0.1. */
    public StepDecay() {
        super("step", "rate = learning-rate * gamma^floor((epoch - 1) / every)", StepDecay::new, EVERY, GAMMA);
    }

    @Override
    public Unit unit() {
        return Unit.EPOCH;
    }

    @Override
    public double rate(double base, long time, long length, ScheduleState state) {
        return Rates.decayed(base, Math.pow(gamma, (time - 1) / every));
    }
}
