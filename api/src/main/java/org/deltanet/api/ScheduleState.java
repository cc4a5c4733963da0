package org.deltanet.api;

/**
 * What a {@link Schedule} remembers during one run, as named real numbers that start at 0 (e.g.
 * {@code best}, {@code epochs-without-improvement}).
 *
 * <p>The values live in the run's {@link OptimizerState} (as one-element buffers of the reserved
 * parameter name {@value #PARAMETER}), so they are saved in every checkpoint and restored with it
 * exactly, and two states are {@linkplain OptimizerState#sameAs the same} only if their schedule
 * values are too. Reading or writing allocates nothing after the first use of a name.
 *
 * <p>Example:
 * <pre>{@code
 * double waited = state.get("waited");
 * state.set("waited", waited + 1);
 * }</pre>
 */
public final class ScheduleState {

    /** The parameter name under which the values are kept in the optimizer state. */
    public static final String PARAMETER = "schedule";

    private final OptimizerState state;

    /** The schedule values kept in {@code state}. */
    public ScheduleState(OptimizerState state) {
        this.state = java.util.Objects.requireNonNull(state, "state");
    }

    /** The value of {@code name}, 0 until it is {@linkplain #set set}; reading adds nothing to the state. */
    public double get(String name) {
        return state.has(PARAMETER, name) ? state.buffer(PARAMETER, name, 1)[0] : 0.0;
    }

    /** Sets {@code name} to {@code value}. */
    public void set(String name, double value) {
        state.buffer(PARAMETER, name, 1)[0] = value;
    }
}
