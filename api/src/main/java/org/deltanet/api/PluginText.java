package org.deltanet.api;

/** Formats a plugin for logs and {@code toString()}: its name and configured values. */
public final class PluginText {

    private PluginText() {}

    /** {@code momentum(learning-rate=0.1, momentum=0.9)}, or just {@code sigmoid}. */
    public static String describe(Plugin plugin) {
        return plugin.parameters().isEmpty() ? plugin.name() : plugin.name() + "(" + plugin.values() + ")";
    }
}
