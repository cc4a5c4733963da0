package org.deltanet.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deltanet.api.EpochOutcome;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.PluginText;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws every {@link Schedule} obeys, as {@link Property properties} over generated runs: a base
 * rate in [1e-5, 10], a run of 1-{@value #MAX_LENGTH} steps or epochs, a time in [1, 2 * length]
 * (a continued run may go past the planned end), and 0-{@value #MAX_EPOCHS} epochs already
 * {@linkplain Schedule#observe observed}, each with a training loss in [0, 5] and, in about half
 * the runs, a validation loss in [0, 5] (NaN otherwise):
 * <ol>
 *   <li><b>positive</b> (law {@code positive}): the rate at the time, at time 1 and at the last
 *       time of the run is finite and above 0;</li>
 *   <li><b>scale</b> ({@code scale}): the rate is proportional to the base rate (doubling the base
 *       doubles the rate, within 1e-12 relative);</li>
 *   <li><b>pure</b> ({@code pure}): asking for the rate twice gives the same number, bit for bit,
 *       and leaves the state as it was;</li>
 *   <li><b>restore</b> ({@code restore}): a state restored from a snapshot after some epochs,
 *       given to a freshly configured instance (as in a resumed run), observes the remaining
 *       ones and then gives the same rate and the same state, bit for bit,
 *       as the original (what makes a resumed run continue its schedule exactly);</li>
 *   <li>the {@linkplain ParameterProperties parameter round trip} ({@code parameters}).</li>
 * </ol>
 * Any of these may be {@linkplain org.deltanet.api.Plugin#declinedLaws() declined} with a reason
 * ({@link LawBook}), e.g. {@code scale} by a schedule that caps the rate at an absolute value.
 *
 * <p>Example: {@code ScheduleProperties.of(new Halving())}, or in JUnit through
 * {@link ScheduleContract}.
 */
public final class ScheduleProperties {

    /** The longest generated run, in the schedule's unit. */
    public static final int MAX_LENGTH = 5000;

    /** The most epochs observed before the rate is asked. */
    public static final int MAX_EPOCHS = 30;

    private ScheduleProperties() {}

    /** One generated run. */
    private record Run(double base, long length, long time, double[] trainingLosses, double[] validationLosses) {

        /** A fresh state that has observed the first {@code epochs} epochs. */
        OptimizerState observed(Schedule schedule, int epochs) {
            OptimizerState state = new OptimizerState();
            observe(schedule, state, 0, epochs);
            return state;
        }

        void observe(Schedule schedule, OptimizerState state, int from, int to) {
            ScheduleState view = new ScheduleState(state);
            for (int e = from; e < to; e++) {
                schedule.observe(
                        new EpochOutcome(e + 1, trainingLosses[e], 0.5, validationLosses[e], Double.NaN), view);
            }
        }

        int epochs() {
            return trainingLosses.length;
        }

        @Override
        public String toString() {
            return "base=" + base + ", length=" + length + ", time=" + time + ", observed training losses="
                    + Arrays.toString(trainingLosses) + ", validation losses=" + Arrays.toString(validationLosses);
        }
    }

    /** The properties of this schedule, named after {@link PluginText#describe}. */
    public static List<Property> of(Schedule schedule) {
        Gen<Run> runs = Generate.range(0, MAX_EPOCHS).flatMap(epochs -> Generators.reals(1e-5, 10.0)
                .zip(
                        Generate.range(1, MAX_LENGTH).flatMap(length -> Generate.range(1, 2 * length)
                                .map(time -> new long[] {length, time})),
                        Generators.arrays(epochs, Generators.reals(0.0, 5.0)),
                        Generators.arrays(epochs, Generators.reals(0.0, 5.0))
                                .zip(Generate.booleans(), (losses, validated) -> validated ? losses : nans(epochs)),
                        (base, times, training, validation) ->
                                new Run(base, times[0], times[1], training, validation)));
        return new LawBook<>("schedule", schedule)
                .forAll("positive", "rates are finite and above 0", runs, ScheduleProperties::positive)
                .forAll(
                        "scale",
                        "the rate is proportional to the optimizer's rate",
                        runs,
                        ScheduleProperties::proportional)
                .forAll("pure", "asking for the rate changes nothing", runs, ScheduleProperties::pure)
                .forAll(
                        "restore",
                        "a restored state continues identically",
                        runs,
                        ScheduleProperties::restoredStateContinues)
                .parameters()
                .properties();
    }

    private static double[] nans(int length) {
        double[] values = new double[length];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static void positive(Schedule schedule, Run run) {
        OptimizerState state = run.observed(schedule, run.epochs());
        for (long time : new long[] {1, run.time(), run.length()}) {
            double rate = schedule.rate(run.base(), time, run.length(), new ScheduleState(state));
            if (!(rate > 0.0) || !Double.isFinite(rate)) {
                throw new AssertionError("the rate at time " + time + " of " + run.length() + " is " + rate);
            }
        }
    }

    private static void proportional(Schedule schedule, Run run) {
        ScheduleState state = new ScheduleState(run.observed(schedule, run.epochs()));
        double once = schedule.rate(run.base(), run.time(), run.length(), state);
        double twice = schedule.rate(2 * run.base(), run.time(), run.length(), state);
        if (!(Math.abs(twice - 2 * once) <= 1e-12 * Math.abs(2 * once))) {
            throw new AssertionError("base " + run.base() + " gives " + once + ", twice the base gives " + twice
                    + " rather than " + 2 * once);
        }
    }

    private static void pure(Schedule schedule, Run run) {
        OptimizerState state = run.observed(schedule, run.epochs());
        Map<String, double[]> before = state.snapshot();
        double first = schedule.rate(run.base(), run.time(), run.length(), new ScheduleState(state));
        double second = schedule.rate(run.base(), run.time(), run.length(), new ScheduleState(state));
        if (Double.doubleToRawLongBits(first) != Double.doubleToRawLongBits(second)) {
            throw new AssertionError("asked twice, the rate was " + first + " and then " + second);
        }
        if (!state.sameAs(OptimizerState.restore(state.step(), before))) {
            throw new AssertionError("asking for the rate changed the state from " + describe(before) + " to "
                    + describe(state.snapshot()));
        }
    }

    private static void restoredStateContinues(Schedule schedule, Run run) {
        int half = run.epochs() / 2;
        OptimizerState original = run.observed(schedule, half);
        OptimizerState restored = OptimizerState.restore(original.step(), original.snapshot());
        Schedule resumed = schedule.configure(schedule.values());
        run.observe(schedule, original, half, run.epochs());
        run.observe(resumed, restored, half, run.epochs());
        double expected = schedule.rate(run.base(), run.time(), run.length(), new ScheduleState(original));
        double actual = resumed.rate(run.base(), run.time(), run.length(), new ScheduleState(restored));
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            throw new AssertionError("restored after " + half + " epochs, the rate is " + actual + " where the"
                    + " original gives " + expected);
        }
        if (!original.sameAs(restored)) {
            throw new AssertionError("restored after " + half + " epochs, the state ends as "
                    + describe(restored.snapshot()) + " where the original ends as " + describe(original.snapshot()));
        }
    }

    private static String describe(Map<String, double[]> snapshot) {
        StringBuilder text = new StringBuilder("{");
        snapshot.forEach((key, values) -> text.append(text.length() > 1 ? ", " : "")
                .append(key)
                .append('=')
                .append(Arrays.toString(values)));
        return text.append('}').toString();
    }
}
