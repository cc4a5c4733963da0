package org.deltanet.experiment.config;

/**
 * An experiment file (or a {@code --set} override) that cannot be used. The message is complete
 * and meant for the user: where (file:line:column or key path), what is wrong, what would be right.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
