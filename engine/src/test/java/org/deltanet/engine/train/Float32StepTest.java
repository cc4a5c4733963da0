package org.deltanet.engine.train;

import java.util.List;
import java.util.stream.Stream;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A float32 training step agrees with the float64 step to float tolerance, on generated networks
 * (every head, hidden activation and mask of {@link Networks#cases}), from the same float-valued
 * weights and batch, with sgd, momentum and nesterov, on every float kernel path: each weight and
 * bias after the step within {@value #RELATIVE} of the step's change plus {@value #ABSOLUTE}
 * (times max(1, |w|)). The float64 step is the one checked against finite differences. Adam is left
 * out here: its first step is {@code alpha g / (|g| + epsilon)}, whose sign for a gradient near 0
 * is not a matter of float tolerance (its update is checked against double in the plugins'
 * Float32AgreementTest).
 */
class Float32StepTest {

    private static final double RELATIVE = 1e-3;
    private static final double ABSOLUTE = 1e-6;
    private static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "nesterov");

    private record Step(Networks.Case example, String optimizer) {
        @Override
        public String toString() {
            return example + ", optimizer=" + optimizer;
        }
    }

    @TestFactory
    Stream<DynamicTest> oneFloatStepAgreesWithTheDoubleStep() {
        Gen<Step> steps = Networks.cases(1, 6).zip(Generate.pick(OPTIMIZERS), Step::new);
        return FloatKernels.available().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                "one float32 step on " + kernels.name() + " agrees with the float64 step",
                                steps,
                                step -> agree(step, kernels))
                        .check()
                        .run()));
    }

    private static void agree(Step step, FloatKernels kernels) {
        Networks.Case example = step.example();
        int rows = example.rows();
        Network doubles = roundedToFloat(example.network());
        Network floats = roundedToFloat(example.network());
        Network start = roundedToFloat(example.network());
        Optimizer optimizer = Networks.optimizer(step.optimizer(), 0.1);

        TrainingStep reference = new TrainingStep(doubles, example.loss(), optimizer, Networks.KERNELS, rows);
        copyRounded(example.inputs(), reference.pass().input());
        copyRounded(example.targets(), reference.pass().target());
        FloatTrainingStep single = new FloatTrainingStep(floats, example.loss(), optimizer, kernels, rows);
        round(example.inputs(), single.pass().input());
        round(example.targets(), single.pass().target());
        try {
            reference.run(rows, new OptimizerState(), 1, 1, new StepStatistics(doubles.depth()));
        } catch (TrainingDivergedException | NonFiniteOutputException diverged) {
            return; // a stiff generated network: nothing to compare
        }
        single.run(rows, new OptimizerState(), 1, 1, new StepStatistics(floats.depth()));
        single.pass().store();
        for (int l = 1; l <= start.depth(); l++) {
            close(
                    "weights of layer " + l,
                    start.layer(l).weights(),
                    doubles.layer(l).weights(),
                    floats.layer(l).weights());
            if (start.layer(l).hasBias()) {
                close(
                        "bias of layer " + l,
                        start.layer(l).bias(),
                        doubles.layer(l).bias(),
                        floats.layer(l).bias());
            }
        }
    }

    private static Network roundedToFloat(Network network) {
        for (Layer layer : network.layers()) {
            roundInPlace(layer.weights());
            if (layer.hasBias()) {
                roundInPlace(layer.bias());
            }
        }
        return network;
    }

    private static void roundInPlace(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) values[i];
        }
    }

    private static void copyRounded(double[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    private static void round(double[] from, float[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    private static void close(String what, double[] before, double[] expected, double[] actual) {
        for (int i = 0; i < before.length; i++) {
            double change = Math.abs(expected[i] - before[i]);
            double allowed = RELATIVE * change + ABSOLUTE * Math.max(1.0, Math.abs(before[i]));
            if (!(Math.abs(expected[i] - actual[i]) <= allowed)) {
                throw new AssertionError(what + "[" + i + "]: before " + before[i] + ", float64 step " + expected[i]
                        + ", float32 step " + actual[i] + " (allowed " + allowed + ")");
            }
        }
    }
}
