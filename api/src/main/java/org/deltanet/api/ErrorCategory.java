package org.deltanet.api;

/**
 * What kind of failure an error is: the one classification that the command line (its exit code)
 * and the sweep runner (whether a variant fails at once or is retried) both read.
 *
 * <p>Every error deltanet reports to a user is a {@link DeltanetException} carrying one of these;
 * anything else is {@link #INTERNAL}, a bug. Example:
 * <pre>{@code
 * int exit = ErrorCategory.of(error).exitCode();   // 3 for a wrong experiment file
 * }</pre>
 */
public enum ErrorCategory {
    /** A fault in deltanet itself: a bug to report, with the stack trace. */
    INTERNAL(1, false),
    /** The experiment or model file is wrong: a key, a value, a plugin name or parameter, a shape. */
    CONFIG(3, true),
    /** A data file is missing or malformed. */
    DATA(4, true),
    /** Training produced NaN or infinity. */
    DIVERGED(5, true),
    /** A plugin could not be loaded, conflicts with another, or failed while running. */
    PLUGIN(6, false),
    /**
     * The cluster failed the work, not deltanet or its input: the master cannot be reached, no
     * executor registered in time, or the application was stopped.
     */
    CLUSTER(9, false);

    private final int exitCode;
    private final boolean sameOnRetry;

    ErrorCategory(int exitCode, boolean sameOnRetry) {
        this.exitCode = exitCode;
        this.sameOnRetry = sameOnRetry;
    }

    /** The exit code of the {@code deltanet} command for this kind of failure (README lists them). */
    public int exitCode() {
        return exitCode;
    }

    /**
     * Whether another attempt with the same input would fail the same way (a mistake in the input,
     * not in the machine): a sweep fails such a variant at once instead of retrying it.
     */
    public boolean sameOnRetry() {
        return sameOnRetry;
    }

    /** The category of any error: its own for a {@link DeltanetException}, {@link #INTERNAL} otherwise. */
    public static ErrorCategory of(Throwable error) {
        return error instanceof DeltanetException known ? known.category() : INTERNAL;
    }
}
