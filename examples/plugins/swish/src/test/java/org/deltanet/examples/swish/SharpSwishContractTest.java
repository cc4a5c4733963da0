package org.deltanet.examples.swish;

import org.deltanet.api.Activation;
import org.deltanet.api.ParameterValues;
import org.deltanet.testkit.ActivationContract;

/** Swish with a sharp gate (beta 8, close to relu) obeys them too. */
class SharpSwishContractTest extends ActivationContract {

    @Override
    protected Activation activation() {
        Swish swish = new Swish();
        return swish.configure(
                ParameterValues.builder(swish.parameters()).set("beta", 8.0).build());
    }
}
