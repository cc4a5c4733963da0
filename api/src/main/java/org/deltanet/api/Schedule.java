package org.deltanet.api;

/**
 * A learning-rate schedule: the rate the optimizer uses at each step or epoch of a run, as a
 * function of the optimizer's configured {@code learning-rate} (the base rate), the time, and
 * (for schedules that react to training) what the finished epochs measured.
 *
 * <p><b>Units.</b> Rates are in the optimizer's units (the step size alpha). A schedule declares
 * its {@link #unit()}: {@link Unit#STEP} schedules are asked before every optimizer step with the
 * 1-based step number counted over the whole run; {@link Unit#EPOCH} schedules are asked before
 * every epoch with the 1-based epoch number, and the rate holds for all of that epoch's steps.
 *
 * <p><b>Configuration is kept apart from state.</b> A {@code Schedule} holds only its
 * parameters and is immutable. A schedule that reacts to training ({@code reduce-on-plateau})
 * keeps what it has seen in the run's {@link ScheduleState}, which the engine saves in every
 * checkpoint with the optimizer's state, so that a resumed run continues the schedule bit for
 * bit. {@link #rate} must depend on nothing but its arguments.
 *
 * <p><b>Lifecycle</b> in one run:
 * <ol>
 *   <li>before each step (or epoch, as declared): {@link #rate} with the base rate, the time, the
 *       run's length in the same unit, and the state;</li>
 *   <li>after each epoch, once its validation is done: {@link #observe} with what the epoch
 *       measured.</li>
 * </ol>
 * The rate must be finite and greater than 0; the engine stops the run with a plugin error
 * otherwise.
 *
 * <p>Example (halve the rate every ten epochs):
 * <pre>{@code
 * public final class Halving extends ConfiguredPlugin<Schedule> implements Schedule {
 *     public Halving() { super("halving", "rate / 2^floor((epoch - 1) / 10)"); }
 *     public Unit unit() { return Unit.EPOCH; }
 *     public double rate(double base, long time, long length, ScheduleState state) {
 *         return base * Math.pow(0.5, (time - 1) / 10);
 *     }
 * }
 * }</pre>
 */
public interface Schedule extends Plugin {

    /** What the time of {@link #rate} counts. */
    enum Unit {
        /** Optimizer steps over the whole run, 1-based: the rate may change at every step. */
        STEP,
        /** Epochs, 1-based: the rate holds for a whole epoch. */
        EPOCH;

        /** {@code step} or {@code epoch}, for listings. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether {@link #rate} is asked per step or per epoch. */
    Unit unit();

    /**
     * The learning rate to use at one time.
     *
     * @param base   the optimizer's configured {@code learning-rate}, &gt; 0
     * @param time   1-based step of the run ({@link Unit#STEP}) or epoch ({@link Unit#EPOCH})
     * @param length the run's number of steps or epochs in the same unit (time may exceed it when
     *               a finished run is continued with more epochs)
     * @param state  this run's schedule state; read only here
     * @return the rate, finite and &gt; 0
     */
    double rate(double base, long time, long length, ScheduleState state);

    /**
     * Tells the schedule what an epoch measured, after the epoch (and its validation) finished.
     * The default ignores it; a schedule that reacts keeps what it needs in {@code state}.
     */
    default void observe(EpochOutcome outcome, ScheduleState state) {}

    /** This schedule with the given parameter values. */
    @Override
    default Schedule configure(ParameterValues values) {
        return this;
    }
}
