package org.deltanet.loader;

import java.util.ServiceConfigurationError;

/** One-line descriptions of what went wrong inside a plugin, for error messages. */
final class Failures {

    private Failures() {}

    /**
     * The innermost cause that says something, as {@code Type: message}, with a hint where a
     * linkage error suggests a jar built against another version of the api, or, when the missing
     * class is not deltanet's, a jar that lacks a class of its own.
     */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null
                && cause.getCause() != cause
                && (cause instanceof ServiceConfigurationError
                        || cause instanceof ReflectiveOperationException
                        || cause instanceof ExceptionInInitializerError)) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        String missing = missingClass(cause);
        if (missing != null && !missing.startsWith("org.deltanet.")) {
            text += " (the jar lacks " + missing + ", a class of the plugin itself or of a library it uses, not of"
                    + " deltanet; package it into the jar)";
        } else if (cause instanceof LinkageError) {
            text += " (was it built against another version of deltanet-api? rebuild it against this one)";
        }
        return text.replace(System.lineSeparator(), " ").replace('\n', ' ');
    }

    /** The class a {@link NoClassDefFoundError} or {@link ClassNotFoundException} names, or null. */
    private static String missingClass(Throwable error) {
        if (!(error instanceof NoClassDefFoundError || error instanceof ClassNotFoundException)
                || error.getMessage() == null) {
            return null;
        }
        String name = error.getMessage().strip().replace('/', '.');
        return name.startsWith("Could not initialize class ") ? null : name;
    }
}
