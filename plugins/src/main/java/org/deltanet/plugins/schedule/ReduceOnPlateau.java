package org.deltanet.plugins.schedule;

import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.EpochOutcome;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterType;
import org.deltanet.api.Schedule;
import org.deltanet.api.ScheduleState;

/**
 * {@code reduce-on-plateau}: multiplies the rate by {@code factor} whenever the monitored loss
 * ({@link EpochOutcome#monitoredLoss()}: validation loss, or training loss without validation
 * data) has not improved by more than {@code min-delta} for {@code patience} epochs in a row,
 * never below {@code min-factor} times the optimizer's learning rate:
 * {@code rate = learning-rate * max(factor^reductions, min-factor)}.
 *
 * <p>State ({@link ScheduleState}): {@code epochs-seen}, {@code best} (the best monitored loss),
 * {@code waited} (epochs since it improved, reset after each reduction) and {@code reductions}.
 * An epoch whose monitored loss is NaN counts as no improvement.
 *
 * <p>The factor never drops below 1e-300, so that the rate stays above 0.
 *
 * <p>Parameters: {@code factor}, default 0.1, in (0, 1); {@code patience}, default 10, in [1,
 * 1000000] epochs; {@code min-delta}, default 0, in [0, 1e6]; {@code min-factor}, default 0, in
 * [0, 1]. Per epoch.
 */
public final class ReduceOnPlateau extends ConfiguredPlugin<Schedule> implements Schedule {

    private static final ParameterSpec FACTOR = new ParameterSpec(
            "factor", ParameterType.REAL, 0.1, 0.0, true, 1.0, true, "multiplies the rate at each reduction");
    private static final ParameterSpec PATIENCE =
            ParameterSpec.integer("patience", 10, 1, 1_000_000, "epochs without improvement before a reduction");
    private static final ParameterSpec MIN_DELTA =
            ParameterSpec.real("min-delta", 0.0, 0.0, 1e6, "smallest decrease of the loss that counts");
    private static final ParameterSpec MIN_FACTOR =
            ParameterSpec.real("min-factor", 0.0, 0.0, 1.0, "the rate never drops below this times learning-rate");

    static final String SEEN = "epochs-seen";
    static final String BEST = "best";
    static final String WAITED = "waited";
    static final String REDUCTIONS = "reductions";

    private final double factor = values().real(FACTOR);
    private final int patience = values().integer(PATIENCE);
    private final double minDelta = values().real(MIN_DELTA);
    private final double minFactor = values().real(MIN_FACTOR);

    /** Factor 0.1, patience 10, min-delta 0, min-factor 0. */
    public ReduceOnPlateau() {
        super(
                "reduce-on-plateau",
                "rate * factor after patience epochs without improvement of the monitored loss",
                ReduceOnPlateau::new,
                FACTOR,
                PATIENCE,
                MIN_DELTA,
                MIN_FACTOR);
    }

    @Override
    public Unit unit() {
        return Unit.EPOCH;
    }

    @Override
    public double rate(double base, long time, long length, ScheduleState state) {
        return Rates.decayed(base, Math.max(Math.pow(factor, state.get(REDUCTIONS)), minFactor));
    }

    @Override
    public void observe(EpochOutcome outcome, ScheduleState state) {
        double loss = outcome.monitoredLoss();
        boolean first = state.get(SEEN) == 0.0;
        state.set(SEEN, state.get(SEEN) + 1);
        if (first || loss < state.get(BEST) - minDelta) {
            state.set(BEST, first && Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss);
            state.set(WAITED, 0);
            return;
        }
        double waited = state.get(WAITED) + 1;
        if (waited >= patience) {
            state.set(REDUCTIONS, state.get(REDUCTIONS) + 1);
            waited = 0;
        }
        state.set(WAITED, waited);
    }
}
