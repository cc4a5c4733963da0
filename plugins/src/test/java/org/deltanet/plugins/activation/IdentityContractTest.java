package org.deltanet.plugins.activation;

import org.deltanet.api.Activation;
import org.deltanet.testkit.ActivationContract;

class IdentityContractTest extends ActivationContract {

    @Override
    protected Activation activation() {
        return new Identity();
    }
}
