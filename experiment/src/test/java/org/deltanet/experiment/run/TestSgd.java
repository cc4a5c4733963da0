package org.deltanet.experiment.run;

import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;

/** Test-only plain gradient descent, w &lt;- w - alpha g, with a fixed learning rate. */
final class TestSgd implements Optimizer {

    private final double learningRate;

    TestSgd(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public String name() {
        return "test-sgd";
    }

    @Override
    public String description() {
        return "w <- w - alpha g, for tests";
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void update(String parameter, double[] values, double[] gradient, int length, OptimizerState state) {
        for (int i = 0; i < length; i++) {
            values[i] -= learningRate * gradient[i];
        }
    }
}
