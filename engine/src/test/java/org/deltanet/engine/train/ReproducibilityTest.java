package org.deltanet.engine.train;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.engine.train.Networks.Outcome;
import org.deltanet.engine.train.Networks.Run;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Shuffled training is a function of the seed, and a resumed run continues the uninterrupted one exactly. */
class ReproducibilityTest {

    /** The warm-up gathers batches too, which the recorded orders of examples would count. */
    @BeforeAll
    static void withoutWarmUp() {
        System.setProperty(WarmUp.MILLIS_PROPERTY, "0");
    }

    @AfterAll
    static void warmUpAgain() {
        System.clearProperty(WarmUp.MILLIS_PROPERTY);
    }

    /** Enough examples that two seeds giving the same order by chance is out of the question (1 in 10!). */
    private static final int MIN_EXAMPLES = 10;

    /** A run and a second seed, different from the run's. */
    private record Reseeded(Run run, long otherSeed) {
        @Override
        public String toString() {
            return run + ", other seed=" + otherSeed;
        }
    }

    /** A run of at least two epochs and the epoch after which it is interrupted. */
    private record Interrupted(Run run, boolean fromSnapshot, int completedEpochs) {
        @Override
        public String toString() {
            return run + ", interrupted after epoch " + completedEpochs
                    + (fromSnapshot ? ", optimizer state restored from a snapshot" : ", same optimizer state object");
        }
    }

    @Test
    void theSeedDeterminesTheOrderAndTheWeights() {
        Gen<Reseeded> cases = Networks.runs(
                        Networks.cases(MIN_EXAMPLES, 16),
                        Networks.optimizers(),
                        rows -> Networks.configs(rows, 3, true))
                .zip(
                        Generate.longRange(1, 1L << 40, 1),
                        (run, offset) -> new Reseeded(run, run.config().seed() + offset));
        Property.forAll(
                        "trainer: with shuffling, the same seed gives the same order and bit-identical weights,"
                                + " another seed another order, and every epoch visits every example once",
                        cases,
                        ReproducibilityTest::seedDetermines)
                .check()
                .run();
    }

    @ParameterizedTest
    @ValueSource(strings = {"momentum", "adam"})
    void resumingContinuesExactlyAsTheUninterruptedRun(String optimizer) {
        Gen<Interrupted> cases = Networks.runs(
                        Networks.cases(2, 8), List.of(optimizer), rows -> Networks.configs(rows, 2, 5, true))
                .flatMap(run -> Generate.booleans()
                        .zip(
                                Generate.range(1, run.config().epochs() - 1, 1),
                                (fromSnapshot, k) -> new Interrupted(run, fromSnapshot, k)));
        Property.forAll(
                        "trainer with " + optimizer + ": k epochs, then resume(state, k) for the rest, equals"
                                + " the uninterrupted run bit for bit",
                        cases,
                        ReproducibilityTest::resumeContinues)
                .check()
                .run();
    }

    /** Stopping between any two steps (an interrupt) and resuming from that position equals the uninterrupted run. */
    @Test
    void stoppingBetweenStepsAndResumingContinuesExactly() {
        Gen<Interrupted> cases = Networks.runs(
                        Networks.cases(2, 8), List.of("adam", "momentum"), rows -> Networks.configs(rows, 2, 5, true))
                .flatMap(run -> Generate.range(1, 40).map(steps -> new Interrupted(run, false, steps)));
        Property.forAll(
                        "trainer: stop before step k (counted over epochs), resume from the position, equals the"
                                + " uninterrupted run bit for bit",
                        cases,
                        ReproducibilityTest::stopAndResume)
                .check()
                .run();
    }

    /**
     * With dropout, L1/L2 penalties and clipping, the same seed gives bit-identical weights, and
     * stopping between any two steps (also inside an epoch) and resuming gives the same weights as
     * the uninterrupted run: the dropout masks depend on seed, epoch and step alone.
     */
    @Test
    void regularizedRunsAreReproducibleAndResumeExactly() {
        Gen<Interrupted> cases = Networks.runs(
                        Networks.cases(2, 8).assuming(c -> c.layers().size() >= 2),
                        List.of("adam", "momentum"),
                        rows -> Networks.configs(rows, 2, 4, true))
                .map(ReproducibilityTest::regularized)
                .flatMap(run -> Generate.range(1, 30).map(steps -> new Interrupted(run, false, steps)));
        Property.forAll(
                        "trainer with dropout, L1, L2 and clipping: the same seed twice gives the same weights;"
                                + " stop before step k, resume from the position, equals the uninterrupted run bit"
                                + " for bit",
                        cases,
                        c -> {
                            Network once = c.run().example().network();
                            Network twice = c.run().example().network();
                            Outcome first = Outcome.of(() -> c.run()
                                    .trainer(once)
                                    .train(c.run().example().data(), null, List.of()));
                            Outcome second = Outcome.of(() -> c.run()
                                    .trainer(twice)
                                    .train(c.run().example().data(), null, List.of()));
                            first.requireSame("two runs with the same seed", second);
                            Networks.requireIdentical("two runs with the same seed", once, twice);
                            stopAndResume(c);
                        })
                .check()
                .run();
    }

    /** The run with dropout 0.3 on every hidden layer, L1 1e-3 and L2 1e-2 on every layer, clipping at norm 1. */
    private static Run regularized(Run run) {
        int depth = run.example().layers().size();
        List<Double> dropout = new java.util.ArrayList<>();
        List<LayerPenalty> penalties = new java.util.ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            dropout.add(l < depth ? 0.3 : 0.0);
            penalties.add(new LayerPenalty(1e-3, 1e-2, l % 2 == 0));
        }
        TrainingConfig config = run.config();
        return new Run(
                run.example(),
                run.optimizer(),
                new TrainingConfig(
                        config.mode(),
                        config.batchSize(),
                        config.epochs(),
                        config.shuffle(),
                        config.seed(),
                        new Regularization(new Penalty(penalties), dropout, new Clipping(0.0, 1.0), null)));
    }

    private static void stopAndResume(Interrupted c) {
        Run run = c.run();
        Network uninterrupted = run.example().network();
        Outcome whole =
                Outcome.of(() -> run.trainer(uninterrupted).train(run.example().data(), null, List.of()));
        Network interrupted = run.example().network();
        int[] steps = {0};
        TrainingListener stopper = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {
                steps[0]++;
            }

            @Override
            public boolean stopRequested() {
                return steps[0] >= c.completedEpochs();
            }
        };
        Outcome first =
                Outcome.of(() -> run.trainer(interrupted).train(run.example().data(), null, List.of(stopper)));
        Outcome resumed = first.result() == null || !first.result().interrupted()
                ? first
                : Outcome.of(() -> {
                    OptimizerState state = first.result().optimizerState();
                    return run.trainer(interrupted)
                            .resume(
                                    run.example().data(),
                                    null,
                                    List.of(),
                                    OptimizerState.restore(state.step(), state.snapshot()),
                                    first.result().interruptedAt());
                });
        whole.requireSame("the uninterrupted run and the one stopped after " + c.completedEpochs() + " steps", resumed);
        Networks.requireIdentical(
                "weights resumed after " + c.completedEpochs() + " steps vs. uninterrupted",
                uninterrupted,
                interrupted);
    }

    private static void seedDetermines(Reseeded c) {
        Run run = c.run();
        TrainingConfig config = run.config();
        TrainingConfig reseeded =
                new TrainingConfig(config.mode(), config.batchSize(), config.epochs(), true, c.otherSeed());
        Network first = run.example().network();
        Network second = run.example().network();
        Network third = run.example().network();
        RecordingDataset firstData = new RecordingDataset(run.example().data());
        RecordingDataset secondData = new RecordingDataset(run.example().data());
        RecordingDataset thirdData = new RecordingDataset(run.example().data());
        Outcome firstOutcome = Outcome.of(() -> run.trainer(first).train(firstData, null, List.of()));
        Outcome secondOutcome = Outcome.of(() -> run.trainer(second).train(secondData, null, List.of()));
        Outcome.of(() -> run.trainer(third, reseeded).train(thirdData, null, List.of()));

        firstOutcome.requireSame("two runs with the same seed", secondOutcome);
        if (!firstData.visited().equals(secondData.visited())) {
            throw new AssertionError("the same seed visited " + firstData.visited() + " and " + secondData.visited());
        }
        Networks.requireIdentical("weights of two runs with the same seed", first, second);
        int rows = run.example().rows();
        requireEveryExampleOncePerEpoch(firstData.visited(), rows);
        int wholeEpochs =
                Math.min(firstData.visited().size(), thirdData.visited().size()) / rows * rows;
        if (wholeEpochs > 0
                && firstData
                        .visited()
                        .subList(0, wholeEpochs)
                        .equals(thirdData.visited().subList(0, wholeEpochs))) {
            throw new AssertionError("seeds " + config.seed() + " and " + c.otherSeed() + " both visited "
                    + firstData.visited().subList(0, wholeEpochs));
        }
    }

    /** Checks the epochs completed (a diverged run may have stopped within one). */
    private static void requireEveryExampleOncePerEpoch(List<Integer> visited, int examples) {
        for (int from = 0; from + examples <= visited.size(); from += examples) {
            Set<Integer> epoch = new HashSet<>(visited.subList(from, from + examples));
            if (epoch.size() != examples) {
                throw new AssertionError("epoch " + (from / examples + 1) + " visited "
                        + visited.subList(from, from + examples) + ", not each of the " + examples + " examples once");
            }
        }
    }

    private static void resumeContinues(Interrupted c) {
        Run run = c.run();
        TrainingConfig config = run.config();
        Network uninterrupted = run.example().network();
        Outcome whole =
                Outcome.of(() -> run.trainer(uninterrupted).train(run.example().data(), null, List.of()));

        Network interrupted = run.example().network();
        TrainingConfig firstPart = new TrainingConfig(
                config.mode(), config.batchSize(), c.completedEpochs(), config.shuffle(), config.seed());
        Outcome start = Outcome.of(
                () -> run.trainer(interrupted, firstPart).train(run.example().data(), null, List.of()));
        Outcome resumed = start.result() == null
                ? start
                : Outcome.of(() -> {
                    OptimizerState state = start.result().optimizerState();
                    return run.trainer(interrupted)
                            .resume(
                                    run.example().data(),
                                    null,
                                    List.of(),
                                    c.fromSnapshot() ? OptimizerState.restore(state.step(), state.snapshot()) : state,
                                    c.completedEpochs());
                });

        whole.requireSame("the uninterrupted and the resumed run", resumed);
        Networks.requireIdentical(
                "weights resumed after epoch " + c.completedEpochs() + " vs. uninterrupted",
                uninterrupted,
                interrupted);
    }
}
