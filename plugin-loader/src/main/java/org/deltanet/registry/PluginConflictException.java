package org.deltanet.registry;

import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;

/**
 * Two installed plugins of one kind claim the same name; names both sources. How a user chooses
 * between them (a command-line option, a configuration key) is the caller's to add, from
 * {@link #first()} and {@link #second()}.
 */
public final class PluginConflictException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    private final transient PluginEntry first;
    private final transient PluginEntry second;

    public PluginConflictException(PluginEntry first, PluginEntry second) {
        super(
                ErrorCategory.PLUGIN,
                "two " + first.kind().plural() + " are named '" + first.name() + "': "
                        + first.plugin().getClass().getName() + " from " + first.source() + " and "
                        + second.plugin().getClass().getName() + " from " + second.source()
                        + "; remove one of the two");
        this.first = first;
        this.second = second;
    }

    /** The first of the two plugins, in the order they were found. */
    public PluginEntry first() {
        return first;
    }

    /** The second of the two plugins. */
    public PluginEntry second() {
        return second;
    }
}
