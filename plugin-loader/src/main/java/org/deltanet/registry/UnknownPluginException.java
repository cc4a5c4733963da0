package org.deltanet.registry;

import java.util.Collection;
import java.util.Optional;
import org.deltanet.api.DeltanetException;
import org.deltanet.api.ErrorCategory;
import org.deltanet.api.NameSuggestions;
import org.deltanet.api.PluginKind;

/** A plugin name that no installed plugin of that kind has; says which exist and which is closest. */
public final class UnknownPluginException extends DeltanetException {
    private static final long serialVersionUID = 1L;

    private final PluginKind<?> kind;
    private final String name;
    private final transient Optional<String> closest;

    public UnknownPluginException(PluginKind<?> kind, String name, Collection<String> available) {
        super(ErrorCategory.CONFIG, message(kind, name, available));
        this.kind = kind;
        this.name = name;
        this.closest = NameSuggestions.closest(name, available);
    }

    private static String message(PluginKind<?> kind, String name, Collection<String> available) {
        return "unknown " + kind.label() + " '" + name + "'"
                + NameSuggestions.closest(name, available)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse(";")
                + " available " + kind.plural() + ": " + String.join(", ", available);
    }

    public PluginKind<?> kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The available name nearest to the unknown one, if any is plausibly meant. */
    public Optional<String> closest() {
        return closest;
    }
}
