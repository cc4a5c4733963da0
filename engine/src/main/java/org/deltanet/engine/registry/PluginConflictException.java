package org.deltanet.engine.registry;

import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/** Two installed plugins of one kind claim the same name; names both sources. */
public final class PluginConflictException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    public PluginConflictException(PluginEntry first, PluginEntry second) {
        super(ErrorCategory.PLUGIN, "two " + first.kind().plural() + " are named '" + first.name() + "': "
                + first.plugin().getClass().getName() + " from " + first.source() + " and "
                + second.plugin().getClass().getName() + " from " + second.source()
                + "; remove one of the two, or choose one with --prefer " + first.sourceFileName()
                + " (or --prefer " + second.sourceFileName() + ")");
    }
}
