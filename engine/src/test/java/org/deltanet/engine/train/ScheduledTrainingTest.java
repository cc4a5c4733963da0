package org.deltanet.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deltanet.api.ForwardingPlugin;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;
import org.deltanet.api.RatedOptimizer;
import org.deltanet.api.Schedule;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Outcome;
import org.deltanet.engine.train.Networks.Run;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Training with a learning-rate schedule: {@code constant} is the run without a schedule bit for
 * bit, the rate reported per epoch is the rate used, and a run stopped between any two steps and
 * resumed (from a restored snapshot, with a freshly configured schedule) equals the uninterrupted
 * run bit for bit, for a per-step schedule (cosine with warm-up) and a stateful per-epoch one
 * (reduce-on-plateau); a per-step schedule steps a {@link RatedOptimizer} without configuring it,
 * in float64 and float32, as the optimizer configured anew with each rate would.
 */
class ScheduledTrainingTest {

    private static Schedule schedule(String name, Map<String, Double> parameters) {
        Schedule schedule = Networks.PLUGINS.find(PluginKind.SCHEDULE, name);
        ParameterValues.Builder values = ParameterValues.builder(schedule.parameters());
        parameters.forEach(values::set);
        return schedule.configure(values.build());
    }

    private static Schedule named(String which) {
        return switch (which) {
            case "cosine" -> schedule("cosine", Map.of("warmup", 3.0, "min-factor", 0.1));
                // patience 1 and a factor of 0.5: the rate drops whenever the loss does not improve
            case "reduce-on-plateau" -> schedule("reduce-on-plateau", Map.of("patience", 1.0, "factor", 0.5));
            default -> schedule(which, Map.of());
        };
    }

    /** A run and the step (counted over epochs) before which it is stopped. */
    private record Stopped(Run run, int steps) {
        @Override
        public String toString() {
            return run + ", stopped before step " + steps;
        }
    }

    @Test
    void theConstantScheduleIsTheRunWithoutOneBitForBit() {
        Gen<Run> runs =
                Networks.runs(Networks.cases(2, 8), Networks.optimizers(), rows -> Networks.configs(rows, 1, 3, true));
        Property.forAll("trainer: schedule constant equals no schedule, bit for bit", runs, run -> {
                    Network plain = run.example().network();
                    Network scheduled = run.example().network();
                    Outcome without = Outcome.of(
                            () -> run.trainer(plain).train(run.example().data(), null, List.of()));
                    Outcome with = Outcome.of(() -> run.trainer(scheduled, named("constant"))
                            .train(run.example().data(), null, List.of()));
                    without.requireSame("without and with schedule constant", with);
                    Networks.requireIdentical("weights without and with constant", plain, scheduled);
                })
                .check()
                .run();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cosine", "reduce-on-plateau"})
    void stoppingBetweenStepsAndResumingContinuesTheScheduleExactly(String which) {
        Gen<Stopped> cases = Networks.runs(
                        Networks.cases(2, 8), List.of("adam", "momentum"), rows -> Networks.configs(rows, 2, 6, true))
                .flatMap(run -> Generate.range(1, 40).map(steps -> new Stopped(run, steps)));
        Property.forAll(
                        "trainer with " + which + ": stop before step k, resume from the position with a"
                                + " restored state, equals the uninterrupted run bit for bit",
                        cases,
                        c -> stopAndResume(c, named(which)))
                .check()
                .run();
    }

    private static void stopAndResume(Stopped c, Schedule schedule) {
        Run run = c.run();
        Network uninterrupted = run.example().network();
        List<Double> wholeRates = new ArrayList<>();
        Outcome whole = Outcome.of(() ->
                run.trainer(uninterrupted, schedule).train(run.example().data(), null, List.of(rates(wholeRates))));
        Network interrupted = run.example().network();
        List<Double> partRates = new ArrayList<>();
        int[] steps = {0};
        TrainingListener stopper = new TrainingListener() {
            @Override
            public void onBatchEnd(int epoch, int batch, int batchesPerEpoch, double loss) {
                steps[0]++;
            }

            @Override
            public boolean stopRequested() {
                return steps[0] >= c.steps();
            }
        };
        Outcome first = Outcome.of(() -> run.trainer(interrupted, schedule)
                .train(run.example().data(), null, List.of(stopper, rates(partRates))));
        Outcome resumed = first.result() == null || !first.result().interrupted()
                ? first
                : Outcome.of(() -> {
                    OptimizerState state = first.result().optimizerState();
                    return run.trainer(interrupted, schedule)
                            .resume(
                                    run.example().data(),
                                    null,
                                    List.of(rates(partRates)),
                                    OptimizerState.restore(state.step(), state.snapshot()),
                                    first.result().interruptedAt());
                });
        whole.requireSame("the uninterrupted run and the one stopped before step " + c.steps(), resumed);
        Networks.requireIdentical("weights resumed before step " + c.steps(), uninterrupted, interrupted);
        if (whole.result() != null && !wholeRates.equals(partRates)) {
            throw new AssertionError("rates per epoch " + wholeRates + " uninterrupted, " + partRates + " resumed");
        }
    }

    private static TrainingListener rates(List<Double> rates) {
        return new TrainingListener() {
            @Override
            public boolean onEpochEnd(EpochReport report) {
                rates.add(report.learningRate());
                return true;
            }
        };
    }

    @Test
    void theReportedRateIsTheRateUsedThatEpoch() {
        Gen<Run> runs = Networks.runs(Networks.cases(2, 8), List.of("sgd"), rows -> Networks.configs(rows, 1, 4, true));
        Property.forAll(
                        "trainer with exponential(gamma=0.5): epoch e reports learning-rate * 0.5^(e - 1)",
                        runs,
                        run -> {
                            List<Double> reported = new ArrayList<>();
                            Outcome.of(() -> run.trainer(
                                            run.example().network(), schedule("exponential", Map.of("gamma", 0.5)))
                                    .train(run.example().data(), null, List.of(rates(reported))));
                            double base = Networks.PLUGINS.optimizer("sgd").learningRate();
                            for (int e = 0; e < reported.size(); e++) {
                                assertEquals(base * Math.pow(0.5, e), reported.get(e), 0.0, "epoch " + (e + 1));
                            }
                        })
                .check()
                .run();
    }

    /**
     * A per-step schedule (cosine with warm-up, a new rate every step) in both precisions: a
     * {@link RatedOptimizer} is never configured anew (its {@code configure} throws here), so a
     * step makes no optimizer object, and its run equals, bit for bit, the run of the same
     * optimizer behind a plain {@link Optimizer} that is configured anew with each rate (how any
     * optimizer followed a schedule before).
     */
    @ParameterizedTest
    @ValueSource(strings = {"float64", "float32"})
    void aPerStepScheduleStepsARatedOptimizerWithoutConfiguringIt(String precision) {
        Gen<Run> runs = Networks.runs(
                Networks.cases(2, 8), List.of("sgd", "momentum", "adam"), rows -> Networks.configs(rows, 1, 3, true));
        List<FloatKernels> available = FloatKernels.available();
        FloatKernels floats = precision.equals("float32") ? available.get(available.size() - 1) : null;
        Property.forAll(
                        "trainer in " + precision + " with cosine per step: rated updates equal configured ones",
                        runs,
                        run -> {
                            Optimizer base = Networks.PLUGINS.optimizer(run.optimizer());
                            Network rated = run.example().network();
                            Network configured = run.example().network();
                            List<Double> ratedRates = new ArrayList<>();
                            List<Double> configuredRates = new ArrayList<>();
                            Outcome withRates = Outcome.of(
                                    () -> scheduled(run, rated, new Unconfigurable((RatedOptimizer) base), floats)
                                            .train(run.example().data(), null, List.of(rates(ratedRates))));
                            Outcome withCopies =
                                    Outcome.of(() -> scheduled(run, configured, new Reconfigured(base), floats)
                                            .train(run.example().data(), null, List.of(rates(configuredRates))));
                            withCopies.requireSame("configured anew and rated", withRates);
                            Networks.requireIdentical("weights configured anew and rated", configured, rated);
                            assertEquals(configuredRates, ratedRates);
                        })
                .check()
                .run();
    }

    private static Trainer scheduled(Run run, Network network, Optimizer optimizer, FloatKernels floats) {
        Schedule cosine = named("cosine");
        return new Trainer(
                network,
                run.example().loss(),
                new ScheduledOptimizer(optimizer, cosine.configure(cosine.values())),
                run.config(),
                Networks.KERNELS,
                floats);
    }

    /** A rated optimizer that refuses to be configured: a step that made an optimizer would fail. */
    private record Unconfigurable(RatedOptimizer inner) implements RatedOptimizer, ForwardingPlugin {
        @Override
        public void update(
                String parameter, double[] values, double[] gradient, int length, OptimizerState state, double rate) {
            inner.update(parameter, values, gradient, length, state, rate);
        }

        @Override
        public void update(
                String parameter, float[] values, float[] gradient, int length, OptimizerState state, double rate) {
            inner.update(parameter, values, gradient, length, state, rate);
        }

        @Override
        public Optimizer configure(ParameterValues values) {
            throw new AssertionError("configured anew during training: " + values);
        }

        @Override
        public double learningRate() {
            return inner.learningRate();
        }

        @Override
        public Plugin delegate() {
            return inner;
        }
    }

    /** The optimizer behind the plain SPI: the schedule configures a new one for each new rate. */
    private record Reconfigured(Optimizer inner) implements Optimizer, ForwardingPlugin {
        @Override
        public void update(String parameter, double[] values, double[] gradient, int length, OptimizerState state) {
            inner.update(parameter, values, gradient, length, state);
        }

        @Override
        public void update(String parameter, float[] values, float[] gradient, int length, OptimizerState state) {
            inner.update(parameter, values, gradient, length, state);
        }

        @Override
        public Optimizer configure(ParameterValues values) {
            return new Reconfigured(inner.configure(values));
        }

        @Override
        public double learningRate() {
            return inner.learningRate();
        }

        @Override
        public Plugin delegate() {
            return inner;
        }
    }
}
