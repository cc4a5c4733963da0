package org.deltanet.plugins.schedule;

import org.deltanet.api.Schedule;
import org.deltanet.testkit.ScheduleContract;

class ConstantRateContractTest extends ScheduleContract {

    @Override
    protected Schedule schedule() {
        return new ConstantRate();
    }
}
