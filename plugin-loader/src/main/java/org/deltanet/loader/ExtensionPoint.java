package org.deltanet.loader;

import java.util.List;
import java.util.Objects;

/**
 * How an upper layer lets jars extend it beyond the plugin SPI: the service interface whose
 * {@code META-INF/services} file makes a jar an extension jar, and the package prefixes such a jar
 * shares with deltanet (where a plugin jar shares {@code org.deltanet.api.} alone). The loader
 * knows no extension of its own; the layer that defines one passes it in, e.g.
 * <pre>{@code
 * new ExtensionPoint("org.example.RunExtension", List.of("org.deltanet.api.", "org.example."))
 * }</pre>
 *
 * @param service        the fully qualified name of the extension interface
 * @param sharedPackages package prefixes, each ending in a dot, that extension jars see
 */
public record ExtensionPoint(String service, List<String> sharedPackages) {

    /** No extensions: every jar is a plugin jar and sees the api alone. */
    public static final ExtensionPoint NONE = new ExtensionPoint("", List.of());

    public ExtensionPoint {
        Objects.requireNonNull(service, "service");
        sharedPackages = List.copyOf(sharedPackages);
        for (String prefix : sharedPackages) {
            if (!prefix.endsWith(".")) {
                throw new IllegalArgumentException("package prefix '" + prefix + "' must end with a dot");
            }
        }
    }
}
