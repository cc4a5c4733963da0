package org.deltanet.plugins.schedule;

import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/**
 * {@code constant}: the optimizer's learning rate throughout, the default when an experiment names
 * no schedule. A run with it is bit for bit the run without a schedule.
 */
public final class ConstantRate extends ConfiguredPlugin<Schedule> implements Schedule {

    public ConstantRate() {
        super("constant", "rate = learning-rate");
    }

    @Override
    public Unit unit() {
        return Unit.EPOCH;
    }

    @Override
    public double rate(double base, long time, long length, ScheduleState state) {
        return base;
    }
}
