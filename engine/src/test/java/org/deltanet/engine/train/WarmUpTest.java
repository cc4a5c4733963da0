package org.deltanet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginKind;
import org.deltanet.api.Schedule;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Outcome;
import org.deltanet.engine.train.Networks.Run;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warm-up before the first epoch leaves the run as it was: a run warmed up (three epochs of
 * steps or more on a copy, whatever the time) ends with the weights and optimizer state of the same run
 * not warmed up, bit for bit, with a per-step schedule (whose rate the warm-up must not advance),
 * in float64 and float32. And it lasts as long as it should: past three epochs until steps stop
 * allocating, and no longer than its time limit when they never do. Listeners rehearse on the
 * copy after each of its first three epochs. Batch assembly goes on without training until the
 * warm-up has assembled enough batches, within a tenth of the time limit.
 */
class WarmUpTest {

    @AfterEach
    void restoreDefault() {
        System.clearProperty(WarmUp.MILLIS_PROPERTY);
    }

    @Test
    void aWarmedUpRunEqualsTheRunNotWarmedUpInFloat64() {
        Property.forAll(
                        "trainer: warmed up or not, the same weights and optimizer state bit for bit (float64)",
                        Networks.runs(
                                Networks.cases(2, 12), Networks.optimizers(), rows -> Networks.configs(rows, 3, true)),
                        run -> same(run, network -> trainer(run, network, null)))
                .check()
                .run();
    }

    @Test
    void aWarmedUpRunEqualsTheRunNotWarmedUpInFloat32() {
        List<FloatKernels> kernels = FloatKernels.available();
        FloatKernels fastest = kernels.get(kernels.size() - 1);
        Property.forAll(
                        "trainer: warmed up or not, the same weights and optimizer state bit for bit (float32, "
                                + fastest.name() + ")",
                        Networks.runs(
                                Networks.cases(2, 12), Networks.optimizers(), rows -> Networks.configs(rows, 3, true)),
                        run -> same(run, network -> trainer(run, network, fastest)))
                .check()
                .run();
    }

    @Test
    void goesOnPastThreeEpochsUntilThreeStepsInARowAllocateNothing() {
        assumeTrue(ThreadAllocations.ofCurrentThread().measurable(), "this JVM does not count allocations");
        System.setProperty(WarmUp.MILLIS_PROPERTY, "60000");
        CountedSteps steps = new CountedSteps(2, 40, false);
        WarmUp.run(tinyNetwork(), network -> steps, List.of());
        assertEquals(43, steps.taken, "40 allocating steps, then 3 that allocate nothing");
        CountedSteps compiled = new CountedSteps(2, 0, false);
        WarmUp.run(tinyNetwork(), network -> compiled, List.of());
        assertEquals(WarmUp.EPOCHS * 2, compiled.taken, "three epochs of steps at least");
    }

    @Test
    void stepsThatAlwaysAllocateAreWarmedUpNoLongerThanTheTimeLimit() {
        System.setProperty(WarmUp.MILLIS_PROPERTY, "20");
        CountedSteps steps = new CountedSteps(2, Integer.MAX_VALUE, true);
        WarmUp.run(tinyNetwork(), network -> steps, List.of());
        assertTrue(steps.taken >= 1 && steps.taken < 100, steps.taken + " steps of at least 1 ms in a 20 ms limit");
    }

    @Test
    void batchAssemblyGoesOnWithoutTrainingUntilTheStepsAndItHaveAssembledEnough() {
        System.setProperty(WarmUp.MILLIS_PROPERTY, "60000");
        CountedSteps steps = new CountedSteps(4, 0, false);
        WarmUp.run(tinyNetwork(), network -> steps, List.of());
        assertEquals(WarmUp.EPOCHS * 4, steps.taken);
        List<String> expected = new ArrayList<>();
        for (int assembled = steps.taken; assembled < WarmUp.ASSEMBLIES; assembled++) {
            if (assembled % 4 == 0) {
                expected.addAll(List.of("e" + (1 + assembled / 4), "s"));
            }
            expected.add("a" + assembled % 4);
        }
        assertEquals(expected, steps.calls(), "after the last step: each epoch of batches ordered, settled, assembled");
        CountedSteps many = new CountedSteps(WarmUp.ASSEMBLIES, 0, false);
        WarmUp.run(tinyNetwork(), network -> many, List.of());
        assertEquals(List.of(), many.calls(), "steps that assembled enough themselves: no more");
    }

    @Test
    void batchAssemblyTakesATenthOfTheTimeLimitAtMost() {
        System.setProperty(WarmUp.MILLIS_PROPERTY, "20");
        CountedSteps steps = new CountedSteps(2, Integer.MAX_VALUE, true) {
            @Override
            public void assemble(int step) {
                super.assemble(step);
                sleepOneMillisecond();
            }
        };
        WarmUp.run(tinyNetwork(), network -> steps, List.of());
        long assembled =
                steps.calls().stream().filter(call -> call.startsWith("a")).count();
        assertTrue(assembled <= 3, assembled + " assemblies of at least 1 ms each in the 2 ms left for them");
    }

    @Test
    void listenersRehearseOnTheCopyAfterEachOfTheFirstThreeEpochs() {
        System.setProperty(WarmUp.MILLIS_PROPERTY, "60000");
        Network network = tinyNetwork();
        CountedSteps steps = new CountedSteps(2, 0, false);
        List<Integer> toldAfter = new ArrayList<>();
        List<Integer> epochs = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onWarmUp(EpochReport rehearsal) {
                assertNotSame(network, rehearsal.network(), "the warm-up's copy, never the run's network");
                toldAfter.add(steps.taken);
                epochs.add(rehearsal.epoch());
            }
        };
        WarmUp.run(network, copy -> steps, List.of(listener));
        assertEquals(List.of(2, 4, 6), toldAfter, "after steps 2, 4 and 6: the ends of three epochs of 2 steps");
        assertEquals(List.of(1, 2, 3), epochs, "each report names its epoch of the warm-up");
    }

    @Test
    void aListenerThatFailsToRehearseEndsTheWarmUpQuietly() {
        System.setProperty(WarmUp.MILLIS_PROPERTY, "60000");
        CountedSteps steps = new CountedSteps(2, 0, false);
        TrainingListener failing = new TrainingListener() {
            @Override
            public void onWarmUp(EpochReport rehearsal) {
                throw new IllegalStateException("cannot rehearse");
            }
        };
        WarmUp.run(tinyNetwork(), copy -> steps, List.of(failing));
        assertEquals(2, steps.taken, "the warm-up ended after its first epoch, where the listener failed");
    }

    @Test
    void aWarmUpThatEndsInsideItsFirstEpochLetsListenersRehearseOnceAtItsEnd() {
        System.setProperty(WarmUp.MILLIS_PROPERTY, "20");
        CountedSteps steps = new CountedSteps(1_000_000, 0, true);
        List<Integer> toldAfter = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onWarmUp(EpochReport rehearsal) {
                toldAfter.add(steps.taken);
            }
        };
        WarmUp.run(tinyNetwork(), copy -> steps, List.of(listener));
        assertEquals(List.of(steps.taken), toldAfter, "once, after the last step of the time limit");
    }

    /** Steps that only count themselves, allocating in the first {@code allocating} and sleeping 1 ms each if asked. */
    private static class CountedSteps implements EpochSteps {
        static volatile Object kept;
        private final int count;
        private final int allocating;
        private final boolean sleep;
        int taken;
        /**
         * Calls of {@link #assemble}, {@link #startEpoch} and {@link #settle} since the last step, in
         * order, coded without allocating (the warm-up counts a step's allocations): step, -1000 -
         * epoch, -1.
         */
        private final int[] codes = new int[4 * WarmUp.ASSEMBLIES];

        private int coded;

        /** The calls since the last step, as "a0" (assemble step 0), "e3" (start epoch 3), "s" (settle). */
        List<String> calls() {
            List<String> calls = new ArrayList<>();
            for (int i = 0; i < coded; i++) {
                int code = codes[i];
                calls.add(code >= 0 ? "a" + code : code == -1 ? "s" : "e" + (-1000 - code));
            }
            return calls;
        }

        CountedSteps(int count, int allocating, boolean sleep) {
            this.count = count;
            this.allocating = allocating;
            this.sleep = sleep;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public void startEpoch(int epoch) {
            codes[coded++] = -1000 - epoch;
        }

        @Override
        public void settle() {
            codes[coded++] = -1;
        }

        @Override
        public void assemble(int step) {
            codes[coded++] = step;
        }

        @Override
        public OptimizerState take(int epoch, int step, OptimizerState state, StepStatistics statistics) {
            coded = 0;
            if (taken++ < allocating) {
                kept = new long[1024];
            }
            if (sleep) {
                sleepOneMillisecond();
            }
            return state;
        }

        static void sleepOneMillisecond() {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Network tinyNetwork() {
        return new Network(List.of(Layer.dense(2, 1, Networks.PLUGINS.activation("identity"), true)));
    }

    private interface TrainerFor {
        Trainer of(Network network);
    }

    private static void same(Run run, TrainerFor trainers) {
        Network warmed = run.example().network();
        Network cold = run.example().network();
        Outcome warm = train(() -> trainers.of(warmed).train(run.example().data(), null, List.of()), "60000");
        Outcome plain = train(() -> trainers.of(cold).train(run.example().data(), null, List.of()), "0");
        plain.requireSame("the run warmed up and the run not", warm);
        Networks.requireIdentical("weights warmed up and not", cold, warmed);
    }

    private static Outcome train(Supplier<TrainingResult> training, String warmUpMillis) {
        System.setProperty(WarmUp.MILLIS_PROPERTY, warmUpMillis);
        return Outcome.of(training);
    }

    /** A trainer with a per-step cosine schedule with warm-up steps, in float32 when kernels are given. */
    private static Trainer trainer(Run run, Network network, FloatKernels floatKernels) {
        Schedule cosine = Networks.PLUGINS.find(PluginKind.SCHEDULE, "cosine");
        ParameterValues.Builder values = ParameterValues.builder(cosine.parameters());
        Map.of("warmup", 3.0, "min-factor", 0.1).forEach(values::set);
        ScheduledOptimizer scheduled =
                new ScheduledOptimizer(Networks.PLUGINS.optimizer(run.optimizer()), cosine.configure(values.build()));
        return new Trainer(network, run.example().loss(), scheduled, run.config(), Networks.KERNELS, floatKernels);
    }
}
