package org.deltanet.plugins.schedule;

import java.util.Map;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/** Helpers for asking schedules by hand in tests. */
final class Schedules {

    private Schedules() {}

    /** The schedule with some parameters changed. */
    static Schedule with(Schedule schedule, Map<String, Double> changes) {
        ParameterValues.Builder values = ParameterValues.builder(schedule.parameters());
        schedule.values().asMap().forEach(values::set);
        changes.forEach(values::set);
        return schedule.configure(values.build());
    }

    /** The rate of a schedule that keeps no state. */
    static double rate(Schedule schedule, double base, long time, long length) {
        return schedule.rate(base, time, length, new ScheduleState(new OptimizerState()));
    }
}
