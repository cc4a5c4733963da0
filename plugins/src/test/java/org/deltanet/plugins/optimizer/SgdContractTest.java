package org.deltanet.plugins.optimizer;

import org.deltanet.api.Optimizer;
import org.deltanet.testkit.OptimizerContract;

class SgdContractTest extends OptimizerContract {

    @Override
    protected Optimizer optimizer() {
        return new Sgd();
    }
}
