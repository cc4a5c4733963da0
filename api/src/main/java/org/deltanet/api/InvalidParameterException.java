package org.deltanet.api;

/**
 * A plugin parameter that is unknown, of the wrong type or out of range. The message says which
 * parameter, what is wrong and what would be right, ready to show to a user.
 */
public final class InvalidParameterException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(ErrorCategory.CONFIG, message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter, as written by the user. */
    public String parameter() {
        return parameter;
    }
}
