package org.deltanet.plugins.loss;

import java.util.List;

import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.plugins.BuiltIns;
import org.deltanet.testkit.Domain;
import org.deltanet.testkit.LossContract;

class CrossEntropyContractTest extends LossContract {

    @Override
    protected Loss loss() {
        return new CrossEntropy();
    }

    @Override
    protected Domain outputDomain() {
        return Domain.DISTRIBUTION;
    }

    @Override
    protected Domain targetDomain() {
        return Domain.DISTRIBUTION;
    }

    @Override
    protected List<Activation> candidateOutputActivations() {
        return BuiltIns.activations();
    }
}
