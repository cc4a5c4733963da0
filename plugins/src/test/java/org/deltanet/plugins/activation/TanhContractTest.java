package org.deltanet.plugins.activation;

import org.deltanet.api.Activation;
import org.deltanet.testkit.ActivationContract;

class TanhContractTest extends ActivationContract {

    @Override
    protected Activation activation() {
        return new Tanh();
    }
}
