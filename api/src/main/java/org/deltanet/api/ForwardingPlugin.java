package org.deltanet.api;

import java.util.List;

/**
 * A plugin that wraps another and answers for it: its name, description, parameters and values
 * are the wrapped plugin's, so that listings, model files and provenance name what the user
 * configured, not the wrapper. Implement {@link #delegate()} and whatever the wrapper changes;
 * override any of these four where it says something of its own (e.g. a description that adds
 * what the wrapper does).
 *
 * <p>Contract: {@link #delegate()} returns the same plugin on every call. Not a plugin kind of
 * its own: a wrapper implements its kind ({@link Optimizer}, {@link Loss}, ...) and this.
 *
 * <pre>{@code
 * record Counted(Optimizer inner, LongAdder calls) implements Optimizer, ForwardingPlugin {
 *     public Plugin delegate() { return inner; }
 *     public void update(String p, double[] w, double[] g, int n, OptimizerState s) {
 *         calls.increment();
 *         inner.update(p, w, g, n, s);
 *     }
 *     ...
 * }
 * }</pre>
 */
public interface ForwardingPlugin extends Plugin {

    /** The wrapped plugin. */
    Plugin delegate();

    @Override
    default String name() {
        return delegate().name();
    }

    @Override
    default String description() {
        return delegate().description();
    }

    @Override
    default List<ParameterSpec> parameters() {
        return delegate().parameters();
    }

    @Override
    default ParameterValues values() {
        return delegate().values();
    }
}
