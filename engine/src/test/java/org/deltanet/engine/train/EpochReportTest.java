package org.deltanet.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Run;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The per-layer mean |delta| in {@link EpochReport}: the mean of |D_l| over every example and unit
 * of the epoch, each batch's deltas taken at the weights of its own step.
 */
class EpochReportTest {

    private static final double RELATIVE = 1e-12;

    /** Batch mode, one step: the mean over the batch's deltas at the initial weights, by hand. */
    @Test
    void meanAbsDeltaOfOneBatchStep() {
        Network network = new Network(List.of(
                Layer.dense(1, 2, Networks.PLUGINS.activation("identity"), false),
                Layer.dense(2, 1, Networks.PLUGINS.activation("identity"), false)));
        network.layer(1).setWeights(new double[] {1.0, -2.0});
        network.layer(2).setWeights(new double[] {0.5, 0.25});
        ArrayDataset data = ArrayDataset.of(new double[][] {{1.0}, {2.0}}, new double[][] {{1.0}, {-1.0}});
        // outputs o = 0.5 x - 0.5 x = 0, so D_2 = o - y = (-1, 1) and D_1 = D_2 (0.5, 0.25):
        // |D_2| averages to 1, |D_1| to (0.5 + 0.25 + 0.5 + 0.25) / 4 = 0.375.
        List<double[]> reported = new ArrayList<>();
        new Trainer(
                        network,
                        Networks.PLUGINS.loss("squared-error"),
                        Networks.optimizer("sgd", 0.1),
                        new TrainingConfig(TrainingMode.BATCH, 1, 1, false, 0L),
                        Networks.KERNELS)
                .train(data, null, List.of(new TrainingListener() {
                    @Override
                    public boolean onEpochEnd(EpochReport report) {
                        reported.add(report.meanAbsDelta().clone());
                        return true;
                    }
                }));
        assertArrayEquals(new double[] {0.375, 1.0}, reported.get(0), 1e-15);
    }

    @Test
    void meanAbsDeltaIsTheMeanOverTheEpochsExamplesAndUnits() {
        Property.forAll(
                        "trainer: the epoch report's mean |delta| of each layer is the mean over every example"
                                + " and unit of the epoch, at each step's weights",
                        Networks.runs(Networks.cases(1, 6), List.of("sgd", "adam"), rows -> Generate.range(1, rows, 1)
                                .zip(
                                        Generate.range(1, 3, 1),
                                        (batchSize, epochs) -> new TrainingConfig(
                                                TrainingMode.MINI_BATCH, batchSize, epochs, false, 0L))),
                        EpochReportTest::meanAbsDeltaMatches)
                .check()
                .run();
    }

    private static void meanAbsDeltaMatches(Run run) {
        Network network = run.example().network();
        List<Network> beforeEachStep = new ArrayList<>();
        List<double[]> reported = new ArrayList<>();
        TrainingListener recorder = new TrainingListener() {
            @Override
            public void onStart(int firstEpoch, int epochs, int batchesPerEpoch) {
                beforeEachStep.add(network.copy());
            }

            @Override
            public void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {
                beforeEachStep.add(network.copy());
            }

            @Override
            public boolean onEpochEnd(EpochReport report) {
                reported.add(report.meanAbsDelta().clone());
                return true;
            }
        };
        // a diverged run reports only its completed epochs, which are checked all the same
        Networks.Outcome.of(() -> run.trainer(network).train(run.example().data(), null, List.of(recorder)));

        int rows = run.example().rows();
        int batchSize = run.config().batchSize();
        int batches = (rows + batchSize - 1) / batchSize;
        for (int epoch = 0; epoch < reported.size(); epoch++) {
            double[] sums = new double[network.depth()];
            for (int batch = 0; batch < batches; batch++) {
                int from = batch * batchSize;
                int count = Math.min(batchSize, rows - from);
                Backpropagation pass = run.example().pass(beforeEachStep.get(epoch * batches + batch), from, count);
                pass.forward(count);
                pass.backward(count);
                for (int l = 1; l <= network.depth(); l++) {
                    for (int i = 0; i < count * network.layer(l).units(); i++) {
                        sums[l - 1] += Math.abs(pass.delta(l)[i]);
                    }
                }
            }
            for (int l = 1; l <= network.depth(); l++) {
                double expected =
                        sums[l - 1] / ((double) rows * network.layer(l).units());
                double actual = reported.get(epoch)[l - 1];
                if (!(Math.abs(actual - expected) <= RELATIVE * expected)) {
                    throw new AssertionError("epoch " + (epoch + 1) + ", layer " + l + ": reported mean |delta| "
                            + actual + ", the examples' deltas give " + expected);
                }
            }
        }
    }
}
