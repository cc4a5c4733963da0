package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A float32 training step agrees with the float64 step to float tolerance, on generated networks
 * (every head, hidden activation and mask of {@link Networks#cases}), from the same float-valued
 * weights and batch, with sgd, momentum and nesterov, on every float kernel path, without and with
 * generated regularization (an L1 or L2 penalty, dropout, clipping, class weights, each present or
 * not, from {@link RegularizationPropertiesTest}'s generators): each weight and
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
    /** The run seed both steps draw their dropout masks from. */
    private static final long SEED = 7L;

    private record Step(Networks.Case example, String optimizer) {
        @Override
        public String toString() {
            return example + ", optimizer=" + optimizer;
        }
    }

    /** A step with regularization. */
    private record Regularized(Networks.Case example, String optimizer, Regularization regularization) {
        @Override
        public String toString() {
            List<String> layers = new ArrayList<>();
            for (int l = 1; l <= example.layers().size(); l++) {
                layers.add(regularization.penalty().layer(l).toString());
            }
            return example + ", optimizer=" + optimizer + ", penalties " + layers + ", dropout "
                    + regularization.dropout() + ", " + regularization.clipping() + ", class weights "
                    + Arrays.toString(regularization.classWeights());
        }
    }

    @TestFactory
    Stream<DynamicTest> oneFloatStepAgreesWithTheDoubleStep() {
        Gen<Step> steps = Networks.cases(1, 6).zip(Generate.pick(OPTIMIZERS), Step::new);
        return FloatKernels.available().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                "one float32 step on " + kernels.name() + " agrees with the float64 step",
                                steps,
                                step -> agree(step.example(), step.optimizer(), Regularization.NONE, kernels))
                        .check()
                        .run()));
    }

    @TestFactory
    Stream<DynamicTest> oneRegularizedFloatStepAgreesWithTheDoubleStep() {
        return FloatKernels.available().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                "one regularized float32 step on " + kernels.name() + " agrees with the float64 step",
                                regularizedSteps(),
                                step -> agree(step.example(), step.optimizer(), step.regularization(), kernels))
                        .check()
                        .run()));
    }

    /** A case, an optimizer, and each kind of regularization present or not (at least one present). */
    private static Gen<Regularized> regularizedSteps() {
        Gen<Networks.Case> examples = Networks.cases(1, 6);
        Gen<String> optimizers = Generate.pick(OPTIMIZERS);
        Gen<Boolean> coin = Generate.booleans();
        Gen<List<LayerPenalty>> l1 = RegularizationPropertiesTest.penalties(true);
        Gen<List<LayerPenalty>> l2 = RegularizationPropertiesTest.penalties(false);
        Gen<List<Double>> rates = RegularizationPropertiesTest.rates();
        Gen<Clipping> clippings = RegularizationPropertiesTest.clippings();
        Gen<Double> classWeight = Generators.reals(0.0, 3.0, 1.0);
        Gen<Regularized> any = source -> {
            Networks.Case example = examples.generate(source);
            Penalty penalty = coin.generate(source)
                    ? new Penalty((coin.generate(source) ? l1 : l2).generate(source))
                    : Penalty.NONE;
            List<Double> dropout = coin.generate(source)
                    ? new RegularizationPropertiesTest.Dropped(example, 0L, rates.generate(source)).layerRates()
                    : List.of();
            Clipping clipping = coin.generate(source) ? clippings.generate(source) : Clipping.NONE;
            double[] weights = null;
            if (coin.generate(source)) {
                weights = new double[example.outputSize()];
                for (int k = 0; k < weights.length; k++) {
                    weights[k] = classWeight.generate(source);
                }
            }
            return new Regularized(
                    example, optimizers.generate(source), new Regularization(penalty, dropout, clipping, weights));
        };
        return any.assuming(step -> step.regularization().active());
    }

    private static void agree(
            Networks.Case example, String optimizerName, Regularization regularization, FloatKernels kernels) {
        int rows = example.rows();
        Network doubles = roundedToFloat(example.network());
        Network floats = roundedToFloat(example.network());
        Network start = roundedToFloat(example.network());
        Optimizer optimizer = Networks.optimizer(optimizerName, 0.1);

        TrainingStep reference =
                new TrainingStep(doubles, example.loss(), optimizer, Networks.KERNELS, rows, regularization, SEED);
        copyRounded(example.inputs(), reference.pass().input());
        copyRounded(example.targets(), reference.pass().target());
        FloatTrainingStep single =
                new FloatTrainingStep(floats, example.loss(), optimizer, kernels, rows, regularization, SEED);
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
