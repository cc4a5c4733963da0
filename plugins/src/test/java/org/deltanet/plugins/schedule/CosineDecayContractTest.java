package org.deltanet.plugins.schedule;

import org.deltanet.api.Schedule;
import org.deltanet.testkit.ScheduleContract;

class CosineDecayContractTest extends ScheduleContract {

    @Override
    protected Schedule schedule() {
        return new CosineDecay();
    }
}
