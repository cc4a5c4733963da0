package org.deltanet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Case;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The Evaluator against one Backpropagation forward pass over all the data, and its accuracy
 * counting. It works in chunks of 256 examples, so the generated batches of 1-8 examples are
 * repeated 1-80 times, up to 640 examples.
 */
class EvaluatorTest {

    private static final double RELATIVE = 1e-12;
    private static final int MAX_COPIES = 80;

    @Test
    void predictAndEvaluateAgreeWithOneForwardPass() {
        Property.forAll(
                        "evaluator: predictions equal one forward pass bit for bit, the loss its J, and the"
                                + " accuracy a direct count",
                        Networks.cases(1, 8).zip(Generate.range(1, MAX_COPIES, 1), EvaluatorTest::repeated),
                        EvaluatorTest::agreesWithForward)
                .check()
                .run();
    }

    /** One output: right when output and target lie on the same side of 0.5 (0.5 itself counts as 1). */
    @Test
    void oneOutputCountsTheSideOfOneHalf() {
        double[][] outputs = {{0.5}, {0.49}, {0.9}, {0.1}, {0.5}};
        double[][] targets = {{1.0}, {1.0}, {0.6}, {0.0}, {0.0}};
        assertEquals(3.0 / 5.0, identityAccuracy(outputs, targets));
    }

    /** Several outputs: right when the largest output is where the largest target is (ties: the first). */
    @Test
    void severalOutputsCountTheArgmax() {
        double[][] outputs = {{0.1, 0.7, 0.2}, {0.4, 0.4, 0.2}, {0.4, 0.4, 0.2}, {-3.0, -1.0, -2.0}};
        double[][] targets = {{0.0, 1.0, 0.0}, {1.0, 0.0, 0.0}, {0.0, 1.0, 0.0}, {0.0, 0.0, 1.0}};
        assertEquals(2.0 / 4.0, identityAccuracy(outputs, targets));
    }

    /** The accuracy of an identity network, whose outputs are its inputs. */
    private static double identityAccuracy(double[][] outputs, double[][] targets) {
        int width = outputs[0].length;
        Layer identity = Layer.dense(width, width, Networks.PLUGINS.activation("identity"), false);
        double[] eye = new double[width * width];
        for (int i = 0; i < width; i++) {
            eye[i * width + i] = 1.0;
        }
        identity.setWeights(eye);
        return new Evaluator(new Network(List.of(identity)), Networks.PLUGINS.loss("squared-error"), Networks.KERNELS)
                .evaluate(ArrayDataset.of(outputs, targets))
                .accuracy();
    }

    /** The case with its batch repeated {@code copies} times. */
    private static Case repeated(Case c, int copies) {
        return new Case(
                c.layers(), c.head(), c.rows() * copies, repeated(c.inputs(), copies), repeated(c.targets(), copies));
    }

    private static double[] repeated(double[] values, int copies) {
        double[] all = new double[values.length * copies];
        for (int copy = 0; copy < copies; copy++) {
            System.arraycopy(values, 0, all, copy * values.length, values.length);
        }
        return all;
    }

    private static void agreesWithForward(Case c) {
        Network network = c.network();
        Evaluator evaluator = new Evaluator(network, c.loss(), Networks.KERNELS);
        double[] predicted = evaluator.predict(c.data());
        Metrics metrics = evaluator.evaluate(c.data());

        Backpropagation pass = c.pass(network);
        pass.forward(c.rows());
        int outputs = c.outputSize();
        double[] forward = Arrays.copyOf(pass.output(), c.rows() * outputs);
        if (!Arrays.equals(forward, predicted)) {
            throw new AssertionError(
                    "predict gave " + Arrays.toString(predicted) + ", the forward pass " + Arrays.toString(forward));
        }
        double loss = pass.loss(c.rows());
        if (!(Math.abs(metrics.loss() - loss) <= RELATIVE * Math.max(1.0, Math.abs(loss)))) {
            throw new AssertionError("evaluate's loss is " + metrics.loss() + ", J of the forward pass " + loss);
        }
        double accuracy = (double) correct(forward, c.targets(), c.rows(), outputs) / c.rows();
        if (metrics.accuracy() != accuracy) {
            throw new AssertionError("evaluate's accuracy is " + metrics.accuracy() + ", counted " + accuracy);
        }
    }

    private static int correct(double[] outputs, double[] targets, int rows, int cols) {
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            double[] o = Arrays.copyOfRange(outputs, r * cols, (r + 1) * cols);
            double[] y = Arrays.copyOfRange(targets, r * cols, (r + 1) * cols);
            boolean right = cols == 1 ? (o[0] >= 0.5) == (y[0] >= 0.5) : firstLargest(o) == firstLargest(y);
            correct += right ? 1 : 0;
        }
        return correct;
    }

    private static int firstLargest(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
