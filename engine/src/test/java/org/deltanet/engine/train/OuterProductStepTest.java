package org.deltanet.engine.train;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Step#train} at a batch of one, where an optimizer that updates outer products (the
 * built-in {@code momentum}, {@code sgd} and {@code nesterov}) updates each unmasked layer's weights from
 * the outer product of its delta and input, leaves the network and the optimizer's state the same,
 * bit for bit, as {@link Step#run}, which writes every gradient out first: on generated networks
 * (every head, activation and mask of {@link Networks#cases}), over 1-4 steps on one state, on
 * every kernel path. That the outer products were taken is seen in the pass: after {@code train}
 * an unmasked layer's weight gradient buffer is still all zero, after {@code run} it is not.
 */
class OuterProductStepTest {

    private static final double LEARNING_RATE = 0.1;
    private static final List<String> OPTIMIZERS = List.of("momentum", "sgd", "nesterov");

    private record Steps(Networks.Case example, int count) {}

    @TestFactory
    Stream<DynamicTest> trainingOnOneExampleIsRunBitForBit() {
        Gen<Steps> runs = Networks.cases(1, 1).zip(Generate.range(1, 4, 1), Steps::new);
        return OPTIMIZERS.stream().flatMap(optimizer -> Kernels.available().stream()
                .map(kernels -> DynamicTest.dynamicTest(optimizer + " on " + kernels.name(), () -> Property.forAll(
                                optimizer + "'s outer-product steps on " + kernels.name() + " equal its gradient steps",
                                runs,
                                steps -> same(steps, optimizer, kernels))
                        .check()
                        .run())));
    }

    private static void same(Steps steps, String name, MatrixKernels kernels) {
        Networks.Case example = steps.example();
        Optimizer optimizer = Networks.optimizer(name, LEARNING_RATE);
        Network gradients = example.network();
        Network outerProducts = example.network();
        TrainingStep reference = step(example, gradients, optimizer, kernels);
        TrainingStep fused = step(example, outerProducts, optimizer, kernels);
        OptimizerState referenceState = new OptimizerState();
        OptimizerState fusedState = new OptimizerState();
        for (int s = 1; s <= steps.count(); s++) {
            try {
                reference.run(1, referenceState, 1, s, new StepStatistics(gradients.depth()));
            } catch (TrainingDivergedException | NonFiniteOutputException diverged) {
                return; // a stiff generated network: nothing to compare
            }
            fused.train(1, fusedState, 1, s, new StepStatistics(outerProducts.depth()));
            Networks.requireIdentical("after step " + s, gradients, outerProducts);
            requireSameState("after step " + s, referenceState.snapshot(), fusedState.snapshot());
            for (int l = 1; l <= gradients.depth(); l++) {
                if (!gradients.layer(l).isMasked() && zero(reference.pass().weightGradient(l))) {
                    continue; // a zero gradient (a dead unit, say) shows nothing
                }
                if (!gradients.layer(l).isMasked() && !zero(fused.pass().weightGradient(l))) {
                    throw new AssertionError("layer " + l + "'s weight gradient was computed by train");
                }
            }
        }
    }

    private static TrainingStep step(
            Networks.Case example, Network network, Optimizer optimizer, MatrixKernels kernels) {
        TrainingStep step = new TrainingStep(network, example.loss(), optimizer, kernels, 1, Regularization.NONE, 0L);
        System.arraycopy(example.inputs(), 0, step.pass().input(), 0, example.inputs().length);
        System.arraycopy(example.targets(), 0, step.pass().target(), 0, example.targets().length);
        return step;
    }

    private static boolean zero(double[] values) {
        for (double value : values) {
            if (value != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static void requireSameState(String when, Map<String, double[]> expected, Map<String, double[]> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            throw new AssertionError(when + ": state buffers " + expected.keySet() + " vs. " + actual.keySet());
        }
        expected.forEach((name, values) -> Networks.requireIdentical(when + ": " + name, values, actual.get(name)));
    }
}
