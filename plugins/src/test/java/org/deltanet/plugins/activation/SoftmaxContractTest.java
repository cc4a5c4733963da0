package org.deltanet.plugins.activation;

import org.deltanet.api.Activation;
import org.deltanet.testkit.ActivationContract;

class SoftmaxContractTest extends ActivationContract {

    @Override
    protected Activation activation() {
        return new Softmax();
    }
}
