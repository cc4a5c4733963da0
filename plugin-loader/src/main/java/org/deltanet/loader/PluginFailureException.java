package org.deltanet.loader;

import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/**
 * A plugin from a jar failed while it ran, e.g. threw during training. The message is one line:
 * the plugin's kind and name (or, for code that is not a plugin itself, its class), its jar, and
 * what it threw; the original error is the cause.
 */
public final class PluginFailureException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the plugin and its jar
     * @param cause   what the plugin threw, or the error that detected its failure
     */
    public PluginFailureException(String message, Throwable cause) {
        super(ErrorCategory.PLUGIN, message, cause);
    }
}
