package org.deltanet.engine.registry;

import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;

/**
 * One installed plugin and where it came from.
 *
 * @param kind   the service it implements
 * @param plugin the instance, configured with its defaults
 * @param source the jar or class folder its class was loaded from, as text
 */
public record PluginEntry(PluginKind kind, Plugin plugin, String source) {

    public String name() {
        return plugin.name();
    }

    /** Where a class was loaded from: its jar or directory, or {@code unknown}. */
    static String sourceOf(Class<?> type) {
        var domain = type.getProtectionDomain();
        var code = domain == null ? null : domain.getCodeSource();
        return code == null || code.getLocation() == null ? "unknown" : code.getLocation().toString();
    }
}
