package org.deltanet.examples.rmsprop;

import org.deltanet.api.Optimizer;
import org.deltanet.testkit.OptimizerContract;

/** RMSProp obeys every optimizer law of the test kit: descent, direction, state round trip, ... */
class RmsPropContractTest extends OptimizerContract {

    @Override
    protected Optimizer optimizer() {
        return new RmsProp();
    }
}
