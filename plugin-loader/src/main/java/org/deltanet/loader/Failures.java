package org.deltanet.loader;

import java.util.ServiceConfigurationError;

/** One-line descriptions of what went wrong inside a plugin, for error messages. */
final class Failures {

    private Failures() {
    }

    /**
     * The innermost cause that says something, as {@code Type: message}, with a hint where a
     * linkage error suggests a jar built against another version of the api.
     */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause instanceof ServiceConfigurationError || cause instanceof ReflectiveOperationException
                || cause instanceof ExceptionInInitializerError)) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        if (cause instanceof LinkageError) {
            text += " (was it built against another version of deltanet-api? rebuild it against this one)";
        }
        return text.replace(System.lineSeparator(), " ").replace('\n', ' ');
    }
}
