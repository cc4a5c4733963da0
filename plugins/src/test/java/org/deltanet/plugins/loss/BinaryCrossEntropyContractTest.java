package org.deltanet.plugins.loss;

import java.util.List;

import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.plugins.BuiltIns;
import org.deltanet.testkit.Domain;
import org.deltanet.testkit.LossContract;

class BinaryCrossEntropyContractTest extends LossContract {

    @Override
    protected Loss loss() {
        return new BinaryCrossEntropy();
    }

    @Override
    protected Domain outputDomain() {
        return Domain.OPEN_UNIT_INTERVAL;
    }

    @Override
    protected Domain targetDomain() {
        return Domain.UNIT_INTERVAL;
    }

    @Override
    protected List<Activation> candidateOutputActivations() {
        return BuiltIns.activations();
    }
}
