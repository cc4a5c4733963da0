package org.deltanet.plugins.schedule;

import org.deltanet.api.Schedule;
import org.deltanet.testkit.ScheduleContract;

class StepDecayContractTest extends ScheduleContract {

    @Override
    protected Schedule schedule() {
        return new StepDecay();
    }
}
