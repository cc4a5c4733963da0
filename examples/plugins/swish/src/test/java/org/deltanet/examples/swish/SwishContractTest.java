package org.deltanet.examples.swish;

import org.deltanet.api.Activation;
import org.deltanet.testkit.ActivationContract;

/** Swish at its default beta obeys every activation law of the test kit. */
class SwishContractTest extends ActivationContract {

    @Override
    protected Activation activation() {
        return new Swish();
    }
}
