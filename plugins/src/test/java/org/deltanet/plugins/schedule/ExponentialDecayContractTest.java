package org.deltanet.plugins.schedule;

import org.deltanet.api.Schedule;
import org.deltanet.testkit.ScheduleContract;

class ExponentialDecayContractTest extends ScheduleContract {

    @Override
    protected Schedule schedule() {
        return new ExponentialDecay();
    }
}
