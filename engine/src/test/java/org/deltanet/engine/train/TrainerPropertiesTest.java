package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Case;
import org.deltanet.engine.train.Networks.Outcome;
import org.deltanet.engine.train.Networks.Run;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** What a training step does to generated networks: batch modes, descent and masks. */
class TrainerPropertiesTest {

    /** The learning rate of the descent property: small enough that second-order terms are negligible. */
    private static final double TINY_LEARNING_RATE = 1e-5;

    /**
     * What evaluating J twice at nearly the same weights may differ by through rounding alone, far
     * below the rise {@code learning rate * |g|^2} that a gradient pointing the wrong way causes.
     */
    private static final double ROUNDING_OF_J = 1e-12;

    /** Epochs of the masks property: 25 to 200 steps per case. */
    private static final int MASKED_EPOCHS = 25;

    @Test
    void oneMiniBatchOfAllExamplesIsOneBatchStep() {
        Property.forAll(
                        "trainer: mini-batches of all n examples train exactly as batch mode (bit for bit)",
                        Networks.runs(Networks.cases(1, 8), Networks.optimizers(), rows -> Generate.range(1, 3, 1)
                                .map(epochs -> new TrainingConfig(TrainingMode.BATCH, 1, epochs, false, 0L))),
                        TrainerPropertiesTest::miniBatchOfAllIsBatch)
                .check()
                .run();
    }

    @Test
    void aSmallStepAgainstTheGradientDoesNotIncreaseTheLoss() {
        Property.forAll(
                        "trainer: one sgd step with learning rate " + TINY_LEARNING_RATE
                                + " on the whole batch does not increase J",
                        Networks.cases(1, 5).assuming(Case::clearOfKinks),
                        TrainerPropertiesTest::descends)
                .check()
                .run();
    }

    @Test
    void absentConnectionsStayZeroWithEveryOptimizer() {
        Property.forAll(
                        "trainer: absent weights and biases stay exactly 0 after every one of many steps,"
                                + " with every optimizer",
                        Networks.runs(
                                Networks.cases(2, 8).assuming(Case::hasAbsentConnections),
                                Networks.optimizers(),
                                rows -> Generate.range(1, rows, 1)
                                        .map(batchSize -> new TrainingConfig(
                                                TrainingMode.MINI_BATCH, batchSize, MASKED_EPOCHS, true, 1L))),
                        TrainerPropertiesTest::masksHold)
                .check()
                .run();
    }

    private static void miniBatchOfAllIsBatch(Run run) {
        int rows = run.example().rows();
        Network batch = run.example().network();
        Network miniBatch = run.example().network();
        TrainingConfig allInOne = new TrainingConfig(
                TrainingMode.MINI_BATCH,
                rows,
                run.config().epochs(),
                false,
                run.config().seed());
        Outcome batchOutcome =
                Outcome.of(() -> run.trainer(batch).train(run.example().data(), null, List.of()));
        Outcome miniBatchOutcome = Outcome.of(
                () -> run.trainer(miniBatch, allInOne).train(run.example().data(), null, List.of()));
        batchOutcome.requireSame("batch training and mini-batches of " + rows, miniBatchOutcome);
        Networks.requireIdentical("weights after mini-batches of " + rows + " vs. after batch steps", batch, miniBatch);
    }

    private static void descends(Case c) {
        Network network = c.network();
        double before = loss(c, network);
        new Trainer(
                        network,
                        c.loss(),
                        Networks.optimizer("sgd", TINY_LEARNING_RATE),
                        new TrainingConfig(TrainingMode.BATCH, 1, 1, false, 0L),
                        Networks.KERNELS)
                .train(c.data(), null, List.of());
        double after = loss(c, network);
        if (!(after <= before + ROUNDING_OF_J * Math.max(1.0, Math.abs(before)))) {
            throw new AssertionError("J rose from " + before + " to " + after + " (by " + (after - before) + ")");
        }
    }

    private static double loss(Case c, Network network) {
        Backpropagation pass = c.pass(network);
        pass.forward(c.rows());
        return pass.loss(c.rows());
    }

    private static void masksHold(Run run) {
        Network network = run.example().network();
        TrainingListener check = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {
                Networks.requireAbsentConnectionsZero("after epoch " + epoch + ", step " + batch, network);
            }
        };
        Outcome.of(() -> run.trainer(network).train(run.example().data(), null, List.of(check)));
        Networks.requireAbsentConnectionsZero("at the end", network);
    }
}
