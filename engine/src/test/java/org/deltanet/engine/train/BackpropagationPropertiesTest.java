package org.deltanet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Case;
import org.deltanet.engine.train.Networks.Head;
import org.deltanet.testkit.Domain;
import org.deltanet.testkit.FiniteDifferences;
import org.deltanet.testkit.Property;
import org.deltanet.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.generators.Generate;

/**
 * Backpropagation's gradients on generated networks ({@link Networks}): against central
 * differences of J, and the batch gradient against the mean of the examples' gradients.
 */
class BackpropagationPropertiesTest {

    @Test
    void wholeNetworkGradientsEqualCentralDifferences() {
        Property.forAll(
                        "backpropagation: every weight and bias gradient equals the central difference of J,"
                                + " and is exactly 0 where the connection is absent",
                        Networks.cases(1, 5).assuming(Case::clearOfKinks),
                        BackpropagationPropertiesTest::gradientsMatchDifferences)
                .check()
                .run();
    }

    /**
     * Targets with several columns as a CSV file's label columns give them: multi-output numbers
     * (squared error), multi-label rows of independent 0s and 1s, any number of them 1
     * (binary cross-entropy), and soft rows of probabilities, never one-hot (cross-entropy).
     */
    @Test
    void multiColumnAndSoftTargetGradientsEqualCentralDifferences() {
        Property.forAll(
                        "backpropagation: with multi-output, multi-label and soft targets every weight and bias"
                                + " gradient equals the central difference of J",
                        Networks.cases(1, 5)
                                .zip(
                                        Generate.longRange(0, Long.MAX_VALUE),
                                        BackpropagationPropertiesTest::withCsvTargets)
                                .assuming(c -> c.outputSize() >= 2 && c.clearOfKinks()),
                        BackpropagationPropertiesTest::gradientsMatchDifferences)
                .check()
                .run();
    }

    /** The case with its targets drawn as the CSV encodings of its loss's domain give them. */
    private static Case withCsvTargets(Case c, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = c.outputSize();
        double[] y = new double[c.rows() * k];
        for (int r = 0; r < c.rows(); r++) {
            double sum = 0.0;
            for (int j = 0; j < k; j++) {
                y[r * k + j] = switch (c.head().targets) {
                    case UNIT_INTERVAL -> random.nextInt(2);
                    case DISTRIBUTION -> random.nextDouble(0.05, 1.0);
                    default -> random.nextDouble(-2.0, 2.0);
                };
                sum += y[r * k + j];
            }
            if (c.head().targets == Domain.DISTRIBUTION) {
                for (int j = 0; j < k; j++) {
                    y[r * k + j] /= sum;
                }
            }
        }
        return new Case(c.layers(), c.head(), c.rows(), c.inputs(), y);
    }

    @Test
    void batchGradientIsTheMeanOfTheExamplesGradients() {
        Property.forAll(
                        "backpropagation: the gradient of a batch is the mean of its examples' gradients",
                        Networks.cases(1, 5),
                        BackpropagationPropertiesTest::batchIsMeanOfExamples)
                .check()
                .run();
    }

    /** The generated heads take the loss's declared shortcut or, as intended, the generic path. */
    @ParameterizedTest
    @EnumSource(Head.class)
    void headsCoverTheShortcutAndTheGenericPath(Head head) {
        Network network = new Network(List.of(Layer.dense(2, 2, Networks.PLUGINS.activation(head.activation), true)));
        assertEquals(
                head.shortcut,
                new Backpropagation(network, Networks.PLUGINS.loss(head.loss), Networks.KERNELS, 1).usesShortcut(),
                head.name());
    }

    private static void gradientsMatchDifferences(Case c) {
        Network network = c.network();
        Backpropagation pass = c.pass(network);
        int rows = c.rows();
        pass.forward(rows);
        pass.backward(rows);
        ToDoubleFunction<double[]> loss = parameters -> {
            pass.forward(rows);
            return pass.loss(rows);
        };
        for (int l = 1; l <= network.depth(); l++) {
            Layer layer = network.layer(l);
            double[] weightGradient = pass.weightGradient(l).clone();
            for (int i = 0; i < weightGradient.length; i++) {
                int unit = i / layer.inputs();
                int input = i % layer.inputs();
                String where = "index " + i + " (unit " + unit + ", input " + input + ")";
                String quantity = "dJ/dw of " + Network.weightsName(l);
                if (layer.isConnected(unit, input)) {
                    Tolerance.check(
                            quantity, where, weightGradient[i], FiniteDifferences.partial(loss, layer.weights(), i));
                } else {
                    requireZero(quantity + " (absent connection)", where, weightGradient[i]);
                }
            }
            if (!layer.hasBias()) {
                continue;
            }
            double[] biasGradient = pass.biasGradient(l).clone();
            for (int j = 0; j < layer.units(); j++) {
                String quantity = "dJ/db of " + Network.biasName(l);
                if (layer.hasBias(j)) {
                    Tolerance.check(
                            quantity, "unit " + j, biasGradient[j], FiniteDifferences.partial(loss, layer.bias(), j));
                } else {
                    requireZero(quantity + " (absent bias)", "unit " + j, biasGradient[j]);
                }
            }
        }
    }

    private static void batchIsMeanOfExamples(Case c) {
        Network network = c.network();
        Backpropagation batch = c.pass(network);
        batch.forward(c.rows());
        batch.backward(c.rows());
        double[][] weightSums = new double[network.depth()][];
        double[][] biasSums = new double[network.depth()][];
        for (int l = 1; l <= network.depth(); l++) {
            weightSums[l - 1] = new double[network.layer(l).weights().length];
            biasSums[l - 1] = new double[network.layer(l).units()];
        }
        for (int r = 0; r < c.rows(); r++) {
            Backpropagation example = c.pass(network, r, 1);
            example.forward(1);
            example.backward(1);
            for (int l = 1; l <= network.depth(); l++) {
                add(weightSums[l - 1], example.weightGradient(l));
                if (network.layer(l).hasBias()) {
                    add(biasSums[l - 1], example.biasGradient(l));
                }
            }
        }
        for (int l = 1; l <= network.depth(); l++) {
            compareWithMean("dJ/dw of " + Network.weightsName(l), batch.weightGradient(l), weightSums[l - 1], c.rows());
            if (network.layer(l).hasBias()) {
                compareWithMean("dJ/db of " + Network.biasName(l), batch.biasGradient(l), biasSums[l - 1], c.rows());
            }
        }
    }

    private static void compareWithMean(String quantity, double[] batch, double[] sums, int rows) {
        for (int i = 0; i < sums.length; i++) {
            Tolerance.check(
                    quantity + " of the batch (analytic) vs. mean over its examples (numeric)",
                    "index " + i,
                    batch[i],
                    sums[i] / rows);
        }
    }

    private static void add(double[] sums, double[] values) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += values[i];
        }
    }

    private static void requireZero(String quantity, String where, double value) {
        if (value != 0.0) {
            throw new AssertionError(quantity + " at " + where + " is " + value + ", not exactly 0");
        }
    }
}
