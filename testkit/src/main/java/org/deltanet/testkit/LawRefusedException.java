package org.deltanet.testkit;

/**
 * A plugin declines a law that cannot be declined (the gradient check of an activation or a loss,
 * or a loss's shortcut checks), or one the test kit does not have for its kind, or says it holds
 * with parameter values it does not accept. The message says which and what the laws are.
 */
public final class LawRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    LawRefusedException(String message) {
        super(message);
    }
}
