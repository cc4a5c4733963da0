package org.deltanet.plugins.loss;

import org.deltanet.api.Loss;
import org.deltanet.testkit.LossContract;

class SquaredErrorContractTest extends LossContract {

    @Override
    protected Loss loss() {
        return new SquaredError();
    }
}
