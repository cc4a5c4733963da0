package org.deltanet.plugins.loss;

import java.util.List;

import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.plugins.BuiltIns;
import org.deltanet.testkit.LossContract;

class SquaredErrorContractTest extends LossContract {

    @Override
    protected Loss loss() {
        return new SquaredError();
    }

    @Override
    protected List<Activation> candidateOutputActivations() {
        return BuiltIns.activations();
    }
}
