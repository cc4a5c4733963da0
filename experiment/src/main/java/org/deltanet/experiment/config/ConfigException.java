package org.deltanet.experiment.config;

import java.util.Optional;
import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * An experiment file (or a {@code --set} override) that cannot be used. The message is complete
 * and meant for the user: where (file:line:column or key path), what is wrong, what would be right.
 *
 * <p>A problem found while wiring the experiment (an unknown plugin or parameter, a value out of
 * range, sizes that do not fit the data) carries the key it is about, so that
 * {@link ExperimentLoader#locate} can name the line and column of that key in the file.
 */
public final class ConfigException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    private final transient YamlPath key;

    public ConfigException(String message) {
        this(null, message, null);
    }

    public ConfigException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /**
     * @param key     the key of the experiment file the problem is about, e.g. {@code optimizer.learning-rate}
     * @param message the complete message, starting with the key path
     */
    public ConfigException(YamlPath key, String message) {
        this(key, message, null);
    }

    /** As {@link #ConfigException(YamlPath, String)}, with the error that revealed the problem. */
    public ConfigException(YamlPath key, String message, Throwable cause) {
        super(ErrorCategory.CONFIG, message, cause);
        this.key = key;
    }

    /** The key of the experiment file the problem is about, where known. */
    public Optional<YamlPath> key() {
        return Optional.ofNullable(key);
    }
}
