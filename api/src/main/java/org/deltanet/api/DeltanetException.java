package org.deltanet.api;

import java.util.Objects;

/**
 * The base of every error that deltanet reports to a user: a message ready to print after
 * {@code deltanet: } (what is wrong, where, and what would be right) and an {@link ErrorCategory}
 * that decides the exit code and whether a sweep retries.
 *
 * <p>Subclasses say where the error arises (a configuration key, a data file line, a plugin jar);
 * a plugin may throw one directly. Example:
 * <pre>{@code
 * throw new DeltanetException(ErrorCategory.DATA, "iris.csv:4: 'abc' is not a number");
 * }</pre>
 */
public class DeltanetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCategory category;

    /**
     * @param category what kind of failure this is
     * @param message  one line for the user
     */
    public DeltanetException(ErrorCategory category, String message) {
        super(message);
        this.category = Objects.requireNonNull(category, "category");
    }

    /**
     * @param category what kind of failure this is
     * @param message  one line for the user
     * @param cause    the underlying error, for those who ask for the details
     */
    public DeltanetException(ErrorCategory category, String message, Throwable cause) {
        super(message, cause);
        this.category = Objects.requireNonNull(category, "category");
    }

    /** What kind of failure this is. */
    public final ErrorCategory category() {
        return category;
    }
}
