package org.deltanet.engine.train;

import org.deltanet.api.DeltanetException;
import org.deltanet.api.EpochOutcome;
import org.deltanet.api.ErrorCategory;
import org.deltanet.api.ForwardingPlugin;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.Plugin;
import org.deltanet.api.RatedOptimizer;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/**
 * The optimizer a run steps with: the configured optimizer at the rate its {@link Schedule} gives.
 * The {@link EpochLoop} asks the schedule before every step or epoch (as the schedule declares)
 * and tells it what each epoch measured; {@link #update} then steps with the optimizer
 * configured with that {@code learning-rate}, and {@link #learningRate()} is the rate used last.
 *
 * <p>A {@link RatedOptimizer} (every built-in) is given the rate with each update, so a schedule
 * that changes the rate every step allocates nothing; without a schedule it steps at its own rate,
 * bit for bit as the optimizer itself. Any other optimizer is configured anew when the rate
 * changes (once per epoch for a per-epoch schedule, once per step for a per-step one). Whatever the
 * schedule remembers lives in the run's {@link OptimizerState} ({@link ScheduleState}), so
 * checkpoints carry it.
 *
 * <p>Not thread-safe: one run owns one.
 */
public final class ScheduledOptimizer implements Optimizer, ForwardingPlugin {

    private static final String LEARNING_RATE = "learning-rate";

    private final Optimizer base;
    private final Schedule schedule;
    private final RatedOptimizer rated;
    private double rate;
    private Optimizer current;
    private OptimizerState viewed;
    private ScheduleState view;
    private long length;

    /**
     * @param base     the configured optimizer; it must declare a {@code learning-rate} parameter
     *                 unless the schedule is null
     * @param schedule the schedule, or null for the optimizer's own rate throughout
     */
    public ScheduledOptimizer(Optimizer base, Schedule schedule) {
        this.base = base;
        this.schedule = schedule;
        this.current = base;
        this.rated = base instanceof RatedOptimizer r ? r : null;
        this.rate = base.learningRate();
        if (schedule != null
                && base.parameters().stream().map(ParameterSpec::name).noneMatch(LEARNING_RATE::equals)) {
            throw new IllegalArgumentException(
                    "schedule '" + schedule.name() + "' sets the optimizer's learning-rate, but optimizer '"
                            + base.name() + "' has no learning-rate parameter; use schedule: constant");
        }
    }

    /** {@code optimizer} itself if it is scheduled, otherwise it at its own rate throughout. */
    public static ScheduledOptimizer of(Optimizer optimizer) {
        return optimizer instanceof ScheduledOptimizer scheduled ? scheduled : new ScheduledOptimizer(optimizer, null);
    }

    /** The configured optimizer, at its configured rate. */
    public Optimizer base() {
        return base;
    }

    /** Called once before a run's first step: its length, for schedules that span the run. */
    void start(int epochs, int stepsPerEpoch) {
        this.length =
                schedule == null || schedule.unit() == Schedule.Unit.EPOCH ? epochs : (long) epochs * stepsPerEpoch;
    }

    /** Before each epoch's first step (also a resumed one): a per-epoch schedule's rate. */
    void beforeEpoch(int epoch, OptimizerState state) {
        if (schedule != null && schedule.unit() == Schedule.Unit.EPOCH) {
            use(schedule.rate(base.learningRate(), epoch, length, view(state)));
        }
    }

    /** Before every step: a per-step schedule's rate for step {@code state.step() + 1}. */
    void beforeStep(OptimizerState state) {
        if (schedule != null && schedule.unit() == Schedule.Unit.STEP) {
            use(schedule.rate(base.learningRate(), state.step() + 1, length, view(state)));
        }
    }

    /** After each epoch and its validation. */
    void afterEpoch(EpochOutcome outcome, OptimizerState state) {
        if (schedule != null) {
            schedule.observe(outcome, view(state));
        }
    }

    /** The schedule values of {@code state}, made anew only when the run goes on with another state. */
    private ScheduleState view(OptimizerState state) {
        if (state != viewed) {
            viewed = state;
            view = new ScheduleState(state);
        }
        return view;
    }

    private void use(double rate) {
        if (!(rate > 0.0) || !Double.isFinite(rate)) {
            throw new DeltanetException(
                    ErrorCategory.PLUGIN,
                    "schedule '" + schedule.name() + "' gave the learning rate " + rate
                            + "; a schedule must give a finite rate above 0");
        }
        if (rated != null) {
            this.rate = rate;
            return;
        }
        if (rate == current.learningRate()) {
            return;
        }
        if (rate == base.learningRate()) {
            current = base;
            return;
        }
        ParameterValues.Builder values = ParameterValues.builder(base.parameters());
        base.values().asMap().forEach(values::set);
        current = base.configure(values.set(LEARNING_RATE, rate).build());
    }

    @Override
    public double learningRate() {
        return rated != null ? rate : current.learningRate();
    }

    @Override
    public void update(String parameter, double[] values, double[] gradient, int length, OptimizerState state) {
        if (rated != null) {
            rated.update(parameter, values, gradient, length, state, rate);
        } else {
            current.update(parameter, values, gradient, length, state);
        }
    }

    /** Whether the optimizer {@linkplain RatedOptimizer#updatesOuterProducts() updates outer products}: only a rated one can. */
    public boolean updatesOuterProducts() {
        return rated != null && rated.updatesOuterProducts();
    }

    /** {@link RatedOptimizer#updateOuterProduct} at the current rate; only where {@link #updatesOuterProducts()}. */
    public void updateOuterProduct(
            String parameter,
            double[] values,
            double[] left,
            double[] right,
            int rows,
            int columns,
            OptimizerState state) {
        rated.updateOuterProduct(parameter, values, left, right, rows, columns, state, rate);
    }

    /** The current optimizer's single-precision update (its own float code, if it has any). */
    @Override
    public void update(String parameter, float[] values, float[] gradient, int length, OptimizerState state) {
        if (rated != null) {
            rated.update(parameter, values, gradient, length, state, rate);
        } else {
            current.update(parameter, values, gradient, length, state);
        }
    }

    /** The same schedule over the optimizer configured with {@code values}. */
    @Override
    public Optimizer configure(ParameterValues values) {
        return new ScheduledOptimizer(base.configure(values), schedule);
    }

    /** The configured optimizer, which names, describes and parameterizes this one. */
    @Override
    public Plugin delegate() {
        return base;
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
