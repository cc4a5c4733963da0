package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.deltanet.api.Loss;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.ClassWeightedLoss;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.DropoutMasks;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.engine.train.Networks.Case;
import org.deltanet.testkit.ActivationProperties;
import org.deltanet.testkit.FiniteDifferences;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.deltanet.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The gradients regularization adds, on generated networks ({@link Networks}), against central
 * differences of the objective the engine minimizes: the loss plus the L1/L2 penalty, the loss with
 * a fixed dropout mask, the class-weighted loss; and the step clipping takes, against clipping the
 * central differences. Each property runs at least {@link Property#MINIMUM_CASES} cases.
 */
class RegularizationPropertiesTest {

    /** L1 is checked only where every penalized parameter is at least this far from its kink at 0. */
    private static final double L1_CLEARANCE = 1e-4;

    @Test
    void l2PenaltyGradientEqualsCentralDifferences() {
        Property.forAll(
                        "L2 penalty: the loss's gradient plus the penalty's equals the central difference of"
                                + " J + l2/2 |w|^2",
                        // away from relu's kink, where a central difference straddles the corner
                        // (seed 7750708334558: a bias of a relu layer fed only zeros sat at it)
                        Networks.cases(1, 4).assuming(Case::clearOfKinks).zip(penalties(false), Penalized::new),
                        RegularizationPropertiesTest::penaltyMatchesDifferences)
                .check()
                .run();
    }

    @Test
    void l1PenaltySubgradientEqualsCentralDifferencesAwayFromZero() {
        Property.forAll(
                        "L1 penalty: the loss's gradient plus l1 sign(w) equals the central difference of"
                                + " J + l1 |w|, for parameters away from 0",
                        Networks.cases(1, 4)
                                .assuming(Case::clearOfKinks)
                                .zip(penalties(true), Penalized::new)
                                .assuming(Penalized::clearOfZero),
                        RegularizationPropertiesTest::penaltyMatchesDifferences)
                .check()
                .run();
    }

    @Test
    void dropoutGradientWithAFixedMaskEqualsCentralDifferences() {
        Property.forAll(
                        "dropout: with the step's mask held fixed, every gradient equals the central difference"
                                + " of J",
                        Networks.cases(1, 4)
                                .assuming(c -> c.layers().size() >= 2)
                                .zip(Generate.longRange(-(1L << 40), 1L << 40, 0), rates(), Dropped::new)
                                .assuming(Dropped::clearOfKinks),
                        RegularizationPropertiesTest::dropoutMatchesDifferences)
                .check()
                .run();
    }

    @Test
    void clippedStepEqualsClippedCentralDifferences() {
        Property.forAll(
                        "clipping: an sgd step (rate 1) moves every parameter by minus the clipped central"
                                + " difference of J",
                        Networks.cases(1, 4).assuming(Case::clearOfKinks).zip(clippings(), Clipped::new),
                        RegularizationPropertiesTest::clippingMatchesDifferences)
                .check()
                .run();
    }

    @Test
    void classWeightedGradientEqualsCentralDifferences() {
        Property.forAll(
                        "class weights: every gradient of the class-weighted loss equals the central difference"
                                + " of J = (1/rows) sum_r c(y_r) L_r",
                        Networks.cases(1, 4).assuming(Case::clearOfKinks).flatMap(c -> Generators.arrays(
                                        c.outputSize(), Generators.reals(0.0, 3.0, 1.0))
                                .map(weights -> new Weighted(c, weights))),
                        RegularizationPropertiesTest::classWeightsMatchDifferences)
                .check()
                .run();
    }

    @Test
    void unitClassWeightsLeaveTheLossAsItIsForOneHotTargets() {
        Property.forAll(
                        "class weights of 1 give the loss and gradient of the unweighted loss (one-hot targets)",
                        Networks.cases(1, 4).map(RegularizationPropertiesTest::oneHot),
                        RegularizationPropertiesTest::unitWeightsChangeNothing)
                .check()
                .run();
    }

    /** A case with a penalty per layer. */
    record Penalized(Case example, List<LayerPenalty> layers) {
        Penalty penalty() {
            return new Penalty(layers);
        }

        boolean clearOfZero() {
            Network network = example.network();
            for (int l = 1; l <= network.depth(); l++) {
                Layer layer = network.layer(l);
                LayerPenalty penalty = layers.get(l - 1);
                if (penalty.l1() == 0.0) {
                    continue;
                }
                for (int i = 0; i < layer.weights().length; i++) {
                    if (layer.isConnected(i / layer.inputs(), i % layer.inputs())
                            && Math.abs(layer.weights()[i]) < L1_CLEARANCE) {
                        return false;
                    }
                }
                for (int j = 0; penalty.bias() && j < layer.units(); j++) {
                    if (layer.hasBias(j) && Math.abs(layer.bias()[j]) < L1_CLEARANCE) {
                        return false;
                    }
                }
            }
            return example.clearOfKinks();
        }
    }

    /** A case with dropout rates for its hidden layers and a seed for the mask. */
    record Dropped(Case example, long seed, List<Double> rates) {
        List<Double> layerRates() {
            List<Double> all = new ArrayList<>();
            for (int l = 0; l < example.layers().size() - 1; l++) {
                all.add(rates.get(l % rates.size()));
            }
            all.add(0.0);
            return all;
        }

        Backpropagation pass(Network network) {
            DropoutMasks masks = new DropoutMasks(network, layerRates(), example.rows());
            Backpropagation pass =
                    new Backpropagation(network, example.loss(), Networks.KERNELS, example.rows(), masks);
            System.arraycopy(example.inputs(), 0, pass.input(), 0, example.rows() * example.inputSize());
            System.arraycopy(example.targets(), 0, pass.target(), 0, example.rows() * example.outputSize());
            pass.dropout(seed, 1, 1, example.rows(), null);
            return pass;
        }

        boolean clearOfKinks() {
            Network network = example.network();
            Backpropagation pass = pass(network);
            pass.forward(example.rows());
            return RegularizationPropertiesTest.clearOfKinks(network, pass, example.rows());
        }
    }

    /** A case with clipping thresholds. */
    record Clipped(Case example, Clipping clipping) {}

    /** A case with one weight per output column. */
    record Weighted(Case example, double[] weights) {
        @Override
        public String toString() {
            return example + ", class weights " + java.util.Arrays.toString(weights);
        }
    }

    static Gen<List<LayerPenalty>> penalties(boolean l1) {
        Gen<Double> strengths = Generators.reals(0.0, 0.5, 0.1);
        Gen<Boolean> flags = Generate.booleans();
        Gen<LayerPenalty> layer = strengths.zip(
                flags,
                (strength, bias) -> l1 ? new LayerPenalty(strength, 0.0, bias) : new LayerPenalty(0.0, strength, bias));
        return source -> {
            List<LayerPenalty> layers = new ArrayList<>();
            for (int l = 0; l < Networks.MAX_DEPTH; l++) {
                layers.add(layer.generate(source));
            }
            return layers;
        };
    }

    static Gen<List<Double>> rates() {
        Gen<Double> rate = Generators.reals(0.05, 0.8, 0.5);
        return rate.zip(rate, rate, List::of);
    }

    static Gen<Clipping> clippings() {
        Gen<Double> thresholds = Generators.reals(0.01, 2.0, 1.0);
        return Generate.range(0, 2, 0).zip(thresholds, thresholds, (kind, value, norm) -> switch (kind) {
            case 0 -> new Clipping(value, 0.0);
            case 1 -> new Clipping(0.0, norm);
            default -> new Clipping(value, norm);
        });
    }

    private static void penaltyMatchesDifferences(Penalized c) {
        Network network = c.example().network();
        Backpropagation pass = c.example().pass(network);
        Penalty penalty = c.penalty();
        int rows = c.example().rows();
        pass.forward(rows);
        pass.backward(rows);
        ParameterUpdate.GradientHook<double[]> gradient =
                GradientHooks.penalty(network, penalty, pass.numbers, pass::weights, pass::bias);
        if (gradient != null) { // null where every generated strength is 0
            gradient.apply(pass::weightGradient, pass::biasGradient);
        }
        compare(network, pass::weightGradient, pass::biasGradient, parameters -> {
            pass.forward(rows);
            return pass.loss(rows) + penalty.value(network);
        });
    }

    private static void dropoutMatchesDifferences(Dropped c) {
        Network network = c.example().network();
        Backpropagation pass = c.pass(network);
        int rows = c.example().rows();
        pass.forward(rows);
        pass.backward(rows);
        compare(network, pass::weightGradient, pass::biasGradient, parameters -> {
            pass.forward(rows);
            return pass.loss(rows);
        });
    }

    private static void clippingMatchesDifferences(Clipped c) {
        Case example = c.example();
        Network network = example.network();
        Backpropagation reference = example.pass(network);
        int rows = example.rows();
        ToDoubleFunction<double[]> loss = parameters -> {
            reference.forward(rows);
            return reference.loss(rows);
        };
        double[][] weightDifferences = new double[network.depth()][];
        double[][] biasDifferences = new double[network.depth()][];
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            weightDifferences[l - 1] = differences(loss, layer.weights(), l, network, true);
            biasDifferences[l - 1] = layer.hasBias() ? differences(loss, layer.bias(), l, network, false) : null;
        }
        clip(c.clipping(), weightDifferences, biasDifferences);

        Network stepped = example.network();
        TrainingStep step = new TrainingStep(
                stepped,
                example.loss(),
                Networks.optimizer("sgd", 1.0),
                Networks.KERNELS,
                rows,
                new Regularization(Penalty.NONE, List.of(), c.clipping(), null),
                0L);
        System.arraycopy(example.inputs(), 0, step.pass().input(), 0, rows * example.inputSize());
        System.arraycopy(example.targets(), 0, step.pass().target(), 0, rows * example.outputSize());
        step.run(rows, new OptimizerState(), 1, 1, new StepStatistics(network.depth()));
        for (int l = 1; l <= network.depth(); l++) {
            Layer before = network.layer(l);
            Layer after = stepped.layer(l);
            for (int i = 0; i < before.weights().length; i++) {
                Tolerance.check(
                        "step of " + Network.weightsName(l),
                        "index " + i,
                        after.weights()[i] - before.weights()[i],
                        -weightDifferences[l - 1][i]);
            }
            for (int j = 0; before.hasBias() && j < before.units(); j++) {
                Tolerance.check(
                        "step of " + Network.biasName(l),
                        "unit " + j,
                        after.bias()[j] - before.bias()[j],
                        -biasDifferences[l - 1][j]);
            }
        }
    }

    /** Central differences of every entry of {@code values} (0 where the connection is absent). */
    private static double[] differences(
            ToDoubleFunction<double[]> loss, double[] values, int number, Network network, boolean weights) {
        Layer layer = network.layer(number);
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            boolean present = weights ? layer.isConnected(i / layer.inputs(), i % layer.inputs()) : layer.hasBias(i);
            result[i] = present ? FiniteDifferences.partial(loss, values, i) : 0.0;
        }
        return result;
    }

    /** The reference: clamp each entry, then scale all down to the norm if they exceed it. */
    private static void clip(Clipping clipping, double[][] weights, double[][] biases) {
        double squares = 0.0;
        for (int l = 0; l < weights.length; l++) {
            for (double[] values : new double[][] {weights[l], biases[l]}) {
                for (int i = 0; values != null && i < values.length; i++) {
                    if (clipping.value() > 0.0) {
                        values[i] = Math.max(-clipping.value(), Math.min(clipping.value(), values[i]));
                    }
                    squares += values[i] * values[i];
                }
            }
        }
        double norm = Math.sqrt(squares);
        if (clipping.norm() > 0.0 && norm > clipping.norm()) {
            for (int l = 0; l < weights.length; l++) {
                for (double[] values : new double[][] {weights[l], biases[l]}) {
                    for (int i = 0; values != null && i < values.length; i++) {
                        values[i] *= clipping.norm() / norm;
                    }
                }
            }
        }
    }

    private static void classWeightsMatchDifferences(Weighted c) {
        Network network = c.example().network();
        Loss weighted = new ClassWeightedLoss(c.example().loss(), c.weights());
        Backpropagation pass = pass(c.example(), network, weighted);
        int rows = c.example().rows();
        pass.forward(rows);
        pass.backward(rows);
        compare(network, pass::weightGradient, pass::biasGradient, parameters -> {
            pass.forward(rows);
            return pass.loss(rows);
        });
    }

    private static void unitWeightsChangeNothing(Case c) {
        double[] ones = new double[c.outputSize()];
        java.util.Arrays.fill(ones, 1.0);
        int rows = c.rows();
        Network network = c.network();
        Backpropagation plain = c.pass(network);
        Backpropagation weighted = pass(c, network, new ClassWeightedLoss(c.loss(), ones));
        plain.forward(rows);
        weighted.forward(rows);
        plain.backward(rows);
        weighted.backward(rows);
        Tolerance.check("loss", "batch", weighted.loss(rows), plain.loss(rows));
        for (int l = 1; l <= network.depth(); l++) {
            double[] expected = plain.weightGradient(l);
            double[] actual = weighted.weightGradient(l);
            for (int i = 0; i < expected.length; i++) {
                Tolerance.check("dJ/dw of " + Network.weightsName(l), "index " + i, actual[i], expected[i]);
            }
        }
    }

    /** The case with one-hot targets instead of its own: row r of class r mod columns. */
    private static Case oneHot(Case c) {
        int cols = c.outputSize();
        double[] targets = new double[c.rows() * cols];
        for (int r = 0; r < c.rows(); r++) {
            targets[r * cols + r % cols] = 1.0;
        }
        return new Case(c.layers(), c.head(), c.rows(), c.inputs(), targets);
    }

    private static Backpropagation pass(Case c, Network network, Loss loss) {
        Backpropagation pass = new Backpropagation(network, loss, Networks.KERNELS, c.rows());
        System.arraycopy(c.inputs(), 0, pass.input(), 0, c.rows() * c.inputSize());
        System.arraycopy(c.targets(), 0, pass.target(), 0, c.rows() * c.outputSize());
        return pass;
    }

    /** Whether every net input of the pass's last forward pass is clear of its activation's kinks. */
    static boolean clearOfKinks(Network network, Backpropagation pass, int rows) {
        for (int l = 1; l <= network.depth(); l++) {
            double[] z = pass.netInput(l);
            for (double kink : network.layer(l).activation().kinks()) {
                for (int i = 0; i < rows * network.layer(l).units(); i++) {
                    if (Math.abs(z[i] - kink) < ActivationProperties.KINK_CLEARANCE) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Compares the analytic gradients with central differences of {@code objective} for every
     * present weight and bias, and with 0 for absent ones.
     */
    private static void compare(
            Network network,
            IntFunction<double[]> weightGradients,
            IntFunction<double[]> biasGradients,
            ToDoubleFunction<double[]> objective) {
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            double[] weightGradient = weightGradients.apply(l).clone();
            double[] numeric = differences(objective, layer.weights(), l, network, true);
            for (int i = 0; i < weightGradient.length; i++) {
                Tolerance.check("dJ/dw of " + Network.weightsName(l), "index " + i, weightGradient[i], numeric[i]);
            }
            if (layer.hasBias()) {
                double[] biasGradient = biasGradients.apply(l).clone();
                double[] biasNumeric = differences(objective, layer.bias(), l, network, false);
                for (int j = 0; j < biasGradient.length; j++) {
                    Tolerance.check("dJ/db of " + Network.biasName(l), "unit " + j, biasGradient[j], biasNumeric[j]);
                }
            }
        }
    }
}
