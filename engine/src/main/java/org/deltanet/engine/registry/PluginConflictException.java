package org.deltanet.engine.registry;

/** Two installed plugins of one kind claim the same name; names both sources. */
public final class PluginConflictException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PluginConflictException(PluginEntry first, PluginEntry second) {
        super("two " + first.kind().plural() + " are named '" + first.name() + "': "
                + first.plugin().getClass().getName() + " from " + first.source() + " and "
                + second.plugin().getClass().getName() + " from " + second.source()
                + "; remove one of the two, or choose one with --prefer " + first.sourceFileName()
                + " (or --prefer " + second.sourceFileName() + ")");
    }
}
