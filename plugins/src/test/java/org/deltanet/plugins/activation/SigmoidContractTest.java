package org.deltanet.plugins.activation;

import org.deltanet.api.Activation;
import org.deltanet.testkit.ActivationContract;

class SigmoidContractTest extends ActivationContract {

    @Override
    protected Activation activation() {
        return new Sigmoid();
    }
}
