package org.deltanet.loader;

import java.nio.file.Path;
import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/**
 * A plugin jar or folder that cannot be used: missing, unreadable, or with a class that fails to
 * load or to construct. The message is one line that names the jar and, where there is one, the
 * class, ready to show to a user.
 */
public final class PluginLoadException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    PluginLoadException(String message) {
        super(ErrorCategory.PLUGIN, message);
    }

    PluginLoadException(String message, Throwable cause) {
        super(ErrorCategory.PLUGIN, message, cause);
    }

    /** A class of the jar that failed to load, to link or to construct. */
    static PluginLoadException forClass(Path jar, String className, Throwable cause) {
        return new PluginLoadException(
                jar + ": cannot load plugin class " + className + ": " + Failures.describe(cause), cause);
    }
}
