package org.deltanet.loader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;
import org.deltanet.api.Plugin;

/**
 * A plugin jar or folder that cannot be used: missing, unreadable, or with a class that fails to
 * load or to construct, a plugin whose name breaks the naming rule, or a preferred jar that is not
 * loaded. The message is one line that names the jar and, where there is one, the
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

    /** A plugin whose name breaks {@link org.deltanet.api.Plugin#NAME_PATTERN the naming rule}. */
    static PluginLoadException badName(Path jar, String className, String kind, String name) {
        String suggestion = name.strip()
                .replaceAll("([a-z0-9])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^[^a-z]+|-+$", "");
        return new PluginLoadException(jar + ": " + className + " names its " + kind + " '"
                + name + "', but plugin names are lowercase words joined by hyphens"
                + (suggestion.matches(Plugin.NAME_PATTERN) ? " (e.g. '" + suggestion + "')" : "")
                + "; change what name() returns");
    }

    /** A preferred jar, by file name or path, that is none of the jars plugins were loaded from. */
    static PluginLoadException unknownPreference(String choice, List<String> loaded) {
        return new PluginLoadException("the preferred plugin jar '" + choice
                + "' is none of the jars plugins were loaded from (" + String.join(", ", loaded)
                + "); name one of them by its file name or path");
    }

    /** A class of the jar that failed to load, to link or to construct. */
    static PluginLoadException forClass(Path jar, String className, Throwable cause) {
        return new PluginLoadException(
                jar + ": cannot load plugin class " + className + ": " + Failures.describe(cause), cause);
    }
}
