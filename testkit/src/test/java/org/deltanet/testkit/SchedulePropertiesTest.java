package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertAllHold;
import static org.deltanet.testkit.PropertyAssertions.assertFalsified;
import static org.deltanet.testkit.PropertyAssertions.assertMentions;

import org.deltanet.api.EpochOutcome;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;
import org.junit.jupiter.api.Test;

/** The schedule laws hold for correct schedules and catch the mistakes they are about. */
class SchedulePropertiesTest {

    /** Halves the rate every epoch the monitored loss gets worse, keeping what it saw in the state. */
    private static class Halving implements Schedule {
        @Override
        public String name() {
            return "halving";
        }

        @Override
        public String description() {
            return "halves the rate when the loss gets worse";
        }

        @Override
        public Unit unit() {
            return Unit.EPOCH;
        }

        @Override
        public double rate(double base, long time, long length, ScheduleState state) {
            return base * Math.pow(0.5, state.get("halvings"));
        }

        @Override
        public void observe(EpochOutcome outcome, ScheduleState state) {
            if (state.get("seen") > 0 && outcome.monitoredLoss() > state.get("last")) {
                state.set("halvings", state.get("halvings") + 1);
            }
            state.set("seen", 1);
            state.set("last", outcome.monitoredLoss());
        }
    }

    /** Counts the epochs it saw in a field, which a resumed run's fresh instance does not have. */
    private static final class Forgetful extends Halving {
        private int halvings;

        @Override
        public double rate(double base, long time, long length, ScheduleState state) {
            return base * Math.pow(0.5, halvings);
        }

        @Override
        public void observe(EpochOutcome outcome, ScheduleState state) {
            halvings++;
        }

        @Override
        public Schedule configure(ParameterValues values) {
            return new Forgetful();
        }
    }

    @Test
    void aScheduleThatKeepsItsMemoryInTheStateHoldsEveryProperty() {
        assertAllHold(ScheduleProperties.of(new Halving()));
    }

    @Test
    void memoryOutsideTheStateFailsRestore() {
        Schedule forgetful = new Forgetful();
        assertMentions(
                assertFalsified(ScheduleProperties.of(forgetful), "restored state continues"),
                "where the original gives");
    }

    @Test
    void aRateOfZeroFailsPositive() {
        Schedule stopping = new Halving() {
            @Override
            public double rate(double base, long time, long length, ScheduleState state) {
                return time >= length ? 0.0 : base;
            }
        };
        assertMentions(assertFalsified(ScheduleProperties.of(stopping), "finite and above 0"), " is 0.0");
    }

    @Test
    void anAbsoluteRateFailsScale() {
        Schedule absolute = new Halving() {
            @Override
            public double rate(double base, long time, long length, ScheduleState state) {
                return 0.01;
            }
        };
        assertMentions(assertFalsified(ScheduleProperties.of(absolute), "proportional"), "twice the base gives");
    }

    @Test
    void writingTheStateWhenAskedForTheRateFailsPure() {
        Schedule counting = new Halving() {
            @Override
            public double rate(double base, long time, long length, ScheduleState state) {
                state.set("asked", state.get("asked") + 1);
                return base;
            }
        };
        assertMentions(assertFalsified(ScheduleProperties.of(counting), "changes nothing"), "changed the state from");
    }
}
