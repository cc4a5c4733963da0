package org.deltanet.plugins.schedule;

import static org.deltanet.plugins.schedule.Schedules.rate;
import static org.deltanet.plugins.schedule.Schedules.with;

import java.util.Arrays;
import java.util.Map;
import org.deltanet.api.EpochOutcome;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Each built-in schedule's rates against its formula, worked out independently of the class, over
 * at least 200 generated bases, lengths and parameters each.
 */
class ScheduleValuesTest {

    private static final double ROUNDING = 1e-12;

    private static void close(String what, double expected, double actual) {
        if (!(Math.abs(expected - actual) <= ROUNDING * Math.abs(expected))) {
            throw new AssertionError(what + ": expected " + expected + ", got " + actual);
        }
    }

    @Test
    void constantIsTheOptimizersRateBitForBit() {
        Property.forAll(
                        "constant",
                        Generators.reals(1e-6, 10.0).zip(Generate.range(1, 100_000), (b, t) -> new double[] {b, t}),
                        c -> {
                            double base = c[0];
                            if (rate(new ConstantRate(), base, (long) c[1], 10) != base) {
                                throw new AssertionError("constant changed the rate " + base);
                            }
                        })
                .check()
                .run();
    }

    @Test
    void stepDropsByGammaExactlyEveryEveryEpochs() {
        Property.forAll(
                        "step",
                        Generate.range(1, 20)
                                .zip(Generators.reals(0.01, 1.0), Generate.range(2, 200), (every, gamma, epoch) ->
                                        new double[] {every, gamma, epoch}),
                        c -> {
                            int every = (int) c[0];
                            long epoch = (long) c[2];
                            Schedule step = with(new StepDecay(), Map.of("every", c[0], "gamma", c[1]));
                            double before = rate(step, 0.1, epoch - 1, 200);
                            double now = rate(step, 0.1, epoch, 200);
                            close("rate at epoch 1", 0.1, rate(step, 0.1, 1, 200));
                            close(
                                    "epoch " + epoch + " after " + before,
                                    (epoch - 1) % every == 0
                                            ? Math.max(before * c[1], 0.1 * Rates.SMALLEST_FACTOR)
                                            : before,
                                    now);
                        })
                .check()
                .run();
    }

    @Test
    void exponentialShrinksByGammaEveryEpoch() {
        Property.forAll(
                        "exponential",
                        Generators.reals(0.5, 1.0)
                                .zip(Generate.range(1, 300), (gamma, epoch) -> new double[] {gamma, epoch}),
                        c -> {
                            Schedule exponential = with(new ExponentialDecay(), Map.of("gamma", c[0]));
                            long epoch = (long) c[1];
                            close("epoch 1", 0.5, rate(exponential, 0.5, 1, 300));
                            close(
                                    "epoch " + (epoch + 1),
                                    rate(exponential, 0.5, epoch, 300) * c[0],
                                    rate(exponential, 0.5, epoch + 1, 300));
                        })
                .check()
                .run();
    }

    @Test
    void cosineWarmsUpLinearlyThenAnnealsTowardsItsFloor() {
        Property.forAll(
                        "cosine",
                        Generate.range(0, 50)
                                .zip(Generate.range(1, 400), Generators.reals(0.0, 0.9), (warmup, decay, floor) ->
                                        new double[] {warmup, decay, floor}),
                        c -> {
                            long warmup = (long) c[0];
                            long length = warmup + (long) c[1];
                            double floor = c[2];
                            Schedule cosine = with(new CosineDecay(), Map.of("warmup", c[0], "min-factor", floor));
                            double base = 0.2;
                            for (long s = 1; s <= warmup; s++) {
                                close("warm-up step " + s, base * s / warmup, rate(cosine, base, s, length));
                            }
                            close("first step after the warm-up", base, rate(cosine, base, warmup + 1, length));
                            double previous = base;
                            for (long s = warmup + 1; s <= length + 3; s++) {
                                double now = rate(cosine, base, s, length);
                                double k = Math.min(s - warmup - 1, length - warmup - 1);
                                double textbook = base * floor
                                        + base * (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * k / (length - warmup)));
                                if (!(Math.abs(now - textbook) <= 1e-12 * base)) {
                                    throw new AssertionError("step " + s + ": " + now + ", textbook " + textbook);
                                }
                                if (!(now <= previous) || !(now > 0) || !(now >= base * floor)) {
                                    throw new AssertionError("step " + s + ": " + now + " after " + previous);
                                }
                                previous = now;
                            }
                        })
                .check()
                .run();
    }

    @Test
    void linearWarmupClimbsThenHolds() {
        Property.forAll(
                        "linear-warmup",
                        Generate.range(1, 500)
                                .zip(Generate.range(1, 1000), (warmup, step) -> new long[] {warmup, step}),
                        c -> {
                            Schedule warm = with(new LinearWarmup(), Map.of("warmup", (double) c[0]));
                            double expected = 0.3 * Math.min(c[1], c[0]) / c[0];
                            close("step " + c[1], expected, rate(warm, 0.3, c[1], 1000));
                        })
                .check()
                .run();
    }

    /**
     * Reduce-on-plateau against a plain re-statement of its rule: the best loss so far, the epochs
     * since it improved by more than min-delta, and a reduction (and a fresh count) at patience.
     */
    @Test
    void reduceOnPlateauReducesAfterPatienceEpochsWithoutImprovement() {
        Property.forAll(
                        "reduce-on-plateau",
                        Generate.range(1, 5)
                                .zip(
                                        Generators.reals(0.1, 0.9),
                                        Generators.reals(0.0, 0.05),
                                        Generate.range(1, 40)
                                                .flatMap(n -> Generators.arrays(n, Generators.reals(0, 1))),
                                        (patience, factor, delta, losses) ->
                                                new Plateau(patience, factor, delta, losses)),
                        ScheduleValuesTest::matchesTheRule)
                .check()
                .run();
    }

    private record Plateau(int patience, double factor, double minDelta, double[] losses) {
        @Override
        public String toString() {
            return "patience=" + patience + ", factor=" + factor + ", min-delta=" + minDelta + ", losses="
                    + Arrays.toString(losses);
        }
    }

    private static void matchesTheRule(Plateau p) {
        Schedule plateau = with(
                new ReduceOnPlateau(),
                Map.of("patience", (double) p.patience(), "factor", p.factor(), "min-delta", p.minDelta()));
        ScheduleState state = new ScheduleState(new OptimizerState());
        double best = Double.POSITIVE_INFINITY;
        int waited = 0;
        double expected = 1.0;
        for (int e = 0; e < p.losses().length; e++) {
            double loss = p.losses()[e];
            plateau.observe(new EpochOutcome(e + 1, 9.0, 0.0, loss, 0.0), state);
            if (loss < best - p.minDelta() || e == 0) {
                best = loss;
                waited = 0;
            } else if (++waited >= p.patience()) {
                expected *= p.factor();
                waited = 0;
            }
            double rate = plateau.rate(0.1, e + 2, 100, state);
            close("rate after epoch " + (e + 1), 0.1 * expected, rate);
        }
    }

    @Test
    void reduceOnPlateauWatchesTheTrainingLossWithoutValidation() {
        Schedule plateau = with(new ReduceOnPlateau(), Map.of("patience", 1.0, "factor", 0.5));
        ScheduleState state = new ScheduleState(new OptimizerState());
        plateau.observe(new EpochOutcome(1, 1.0, 0.0, Double.NaN, Double.NaN), state);
        plateau.observe(new EpochOutcome(2, 2.0, 0.0, Double.NaN, Double.NaN), state);
        close("after a worse training loss", 0.05, plateau.rate(0.1, 3, 10, state));
    }
}
