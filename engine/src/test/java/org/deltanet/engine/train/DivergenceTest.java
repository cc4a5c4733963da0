package org.deltanet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Run;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Non-finite values stop training with a message that says where: epoch, step, and the loss or a layer. */
class DivergenceTest {

    private static final ArrayDataset XOR =
            ArrayDataset.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});

    /** A run whose input data holds a NaN at one example and feature. */
    private record Poisoned(Run run, int example, int feature) {
        @Override
        public String toString() {
            return run + ", NaN at example " + example + ", feature " + feature;
        }
    }

    @ParameterizedTest
    @EnumSource(TrainingMode.class)
    void aHugeLearningRateDivergesAtTheFirstNonFiniteStep(TrainingMode mode) {
        Network network = new Network(List.of(
                Layer.dense(2, 3, Networks.PLUGINS.activation("tanh"), true),
                Layer.dense(3, 1, Networks.PLUGINS.activation("identity"), true)));
        network.layer(1).setWeights(new double[] {0.5, -0.4, 0.3, 0.2, -0.1, 0.6});
        network.layer(2).setWeights(new double[] {0.7, -0.2, 0.4});
        List<String> finiteSteps = new ArrayList<>();
        TrainingListener steps = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {
                assertTrue(Double.isFinite(loss), "a non-finite loss was reported as a step");
                finiteSteps.add(epoch + "/" + batch + "/" + batchesPerEpoch);
            }
        };
        Trainer trainer = new Trainer(
                network,
                Networks.PLUGINS.loss("squared-error"),
                Networks.optimizer("sgd", 1e50),
                new TrainingConfig(mode, 2, 1000, false, 0L),
                Networks.KERNELS);

        TrainingDivergedException diverged =
                assertThrows(TrainingDivergedException.class, () -> trainer.train(XOR, null, List.of(steps)));

        String[] last = finiteSteps.get(finiteSteps.size() - 1).split("/");
        int lastEpoch = Integer.parseInt(last[0]);
        int lastBatch = Integer.parseInt(last[1]);
        boolean endOfEpoch = lastBatch == Integer.parseInt(last[2]);
        assertEquals(endOfEpoch ? lastEpoch + 1 : lastEpoch, diverged.epoch(), "epoch after " + finiteSteps);
        assertEquals(endOfEpoch ? 1 : lastBatch + 1, diverged.step(), "step after " + finiteSteps);
        assertTrue(diverged.where().matches("the loss|the deltas of layer [12]"), diverged.where());
        assertTrue(
                diverged.getMessage()
                        .matches("training diverged: (NaN|-?Infinity) in " + diverged.where()
                                + " at epoch " + diverged.epoch() + ", step " + diverged.step()
                                + " of that epoch; lower the learning rate, .*"),
                diverged.getMessage());
    }

    /**
     * Sigmoid + binary cross-entropy keeps the loss finite (softplus of the net input), while
     * output weights of Double.MAX_VALUE over three outputs overflow D_2 W_2 in the hidden layer.
     */
    @Test
    void anOverflowingDeltaNamesItsLayer() {
        Network network = new Network(List.of(
                Layer.dense(1, 1, Networks.PLUGINS.activation("identity"), false),
                Layer.dense(1, 3, Networks.PLUGINS.activation("sigmoid"), false)));
        network.layer(1).setWeights(new double[] {1.0});
        network.layer(2).setWeights(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE});
        ArrayDataset zeros = ArrayDataset.of(new double[][] {{0}}, new double[][] {{0, 0, 0}});
        Trainer trainer = new Trainer(
                network,
                Networks.PLUGINS.loss("binary-cross-entropy"),
                Networks.optimizer("sgd", 0.1),
                new TrainingConfig(TrainingMode.BATCH, 1, 1, false, 0L),
                Networks.KERNELS);

        TrainingDivergedException diverged =
                assertThrows(TrainingDivergedException.class, () -> trainer.train(zeros, null, List.of()));

        assertEquals(
                "training diverged: Infinity in the deltas of layer 1 at epoch 1, step 1 of that epoch;"
                        + " lower the learning rate, or check the data for huge or missing values",
                diverged.getMessage());
    }

    @Test
    void aNaNInTheInputDataStopsTrainingAtItsStep() {
        Gen<Poisoned> cases = Networks.runs(
                        Networks.cases(1, 8), Networks.optimizers(), rows -> Networks.configs(rows, 1, false))
                .flatMap(run -> Generate.range(0, run.example().rows() - 1, 0)
                        .zip(
                                Generate.range(0, run.example().inputSize() - 1, 0),
                                (example, feature) -> new Poisoned(run, example, feature)));
        Property.forAll(
                        "trainer: a NaN in the input data stops training at the step that gathers it,"
                                + " naming the input data",
                        cases,
                        DivergenceTest::stopsAtThePoisonedStep)
                .check()
                .run();
    }

    private static void stopsAtThePoisonedStep(Poisoned c) {
        Run run = c.run();
        double[] inputs = run.example().inputs().clone();
        inputs[c.example() * run.example().inputSize() + c.feature()] = Double.NaN;
        ArrayDataset data = new ArrayDataset(
                inputs,
                run.example().targets().clone(),
                run.example().inputSize(),
                run.example().outputSize());
        int step = c.example() / run.config().batchSizeFor(run.example().rows()) + 1;
        TrainingDivergedException diverged;
        try {
            run.trainer(run.example().network()).train(data, null, List.of());
            throw new AssertionError("training went on without noticing the NaN");
        } catch (TrainingDivergedException e) {
            diverged = e;
        }
        String expected = "training diverged: NaN in the input data at epoch 1, step " + step + " of that epoch;";
        if (!diverged.getMessage().startsWith(expected)) {
            throw new AssertionError("expected '" + expected + "...', got '" + diverged.getMessage() + "'");
        }
    }
}
