package org.deltanet.plugins.optimizer;

import java.util.Arrays;
import java.util.Map;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MomentumTest {

    /**
     * A learning rate, a start and one row of gradients per step (the shape's rows are the steps,
     * its columns the parameter's elements).
     */
    private record Run(double learningRate, Generators.Shape shape, double[] start, double[] gradients) {
        @Override
        public String toString() {
            return "learning-rate=" + learningRate + ", steps=" + shape.rows() + ", w0=" + Arrays.toString(start)
                    + ", gradients=" + Arrays.toString(gradients);
        }
    }

    @Test
    void momentumZeroIsSgd() {
        Gen<Run> runs = Generators.shapes().flatMap(shape -> Generators.reals(1e-4, 1.0)
                .zip(
                        Generators.arrays(shape.cols(), Generators.reals(-1.0, 1.0)),
                        Generators.arrays(shape.size(), Generators.reals(-1.0, 1.0)),
                        (alpha, start, gradients) -> new Run(alpha, shape, start, gradients)));
        Property.forAll("momentum with mu = 0 equals sgd", runs, run -> {
                    double[] bySgd = descend(Steps.with(new Sgd(), Map.of("learning-rate", run.learningRate())), run);
                    double[] byMomentum = descend(
                            Steps.with(new Momentum(), Map.of("learning-rate", run.learningRate(), "momentum", 0.0)),
                            run);
                    if (!Arrays.equals(bySgd, byMomentum)) {
                        throw new AssertionError("sgd gave " + Arrays.toString(bySgd) + ", momentum 0 gave "
                                + Arrays.toString(byMomentum));
                    }
                })
                .check()
                .run();
    }

    private static double[] descend(Optimizer optimizer, Run run) {
        int length = run.shape().cols();
        double[] w = run.start().clone();
        OptimizerState state = new OptimizerState();
        for (int step = 0; step < run.shape().rows(); step++) {
            Steps.step(optimizer, state, w, Arrays.copyOfRange(run.gradients(), step * length, (step + 1) * length));
        }
        return w;
    }
}
