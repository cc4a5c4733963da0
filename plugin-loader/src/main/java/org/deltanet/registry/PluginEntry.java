package org.deltanet.registry;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;

/**
 * One installed plugin and where it came from.
 *
 * @param kind   the service it implements
 * @param plugin the instance, configured with its defaults
 * @param source the path of the jar or class folder its class was loaded from
 */
public record PluginEntry(PluginKind<?> kind, Plugin plugin, String source) {

    public String name() {
        return plugin.name();
    }

    /** The file name of the source, e.g. {@code swish.jar}: what a user writes to prefer it. */
    public String sourceFileName() {
        String trimmed = source.replace(File.separatorChar, '/').replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Where a class was loaded from: the path of its jar or directory, or {@code unknown}. */
    static String sourceOf(Class<?> type) {
        var domain = type.getProtectionDomain();
        var code = domain == null ? null : domain.getCodeSource();
        if (code == null || code.getLocation() == null) {
            return "unknown";
        }
        try {
            return Path.of(code.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException notAFile) {
            return code.getLocation().toString();
        }
    }
}
