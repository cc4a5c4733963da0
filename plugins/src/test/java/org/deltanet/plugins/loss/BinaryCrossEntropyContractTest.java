package org.deltanet.plugins.loss;

import org.deltanet.api.Loss;
import org.deltanet.testkit.LossContract;

class BinaryCrossEntropyContractTest extends LossContract {

    @Override
    protected Loss loss() {
        return new BinaryCrossEntropy();
    }
}
