package org.deltanet.plugins.activation;

import org.deltanet.api.Activation;
import org.deltanet.testkit.ActivationContract;

class LeakyReluContractTest extends ActivationContract {

    @Override
    protected Activation activation() {
        return new LeakyRelu();
    }
}
