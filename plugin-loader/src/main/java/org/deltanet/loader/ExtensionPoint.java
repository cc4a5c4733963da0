package org.deltanet.loader;

import java.util.List;

/**
 * How an upper layer lets jars extend it beyond the plugin SPI: the service interfaces whose
 * {@code META-INF/services} files make a jar an extension jar (any one of them does), and the
 * package prefixes such a jar shares with deltanet (where a plugin jar shares
 * {@code org.deltanet.api.} alone). The loader knows no extension of its own; the layer that
 * defines one passes it in, e.g.
 * <pre>{@code
 * new ExtensionPoint(List.of("org.example.RunExtension"), List.of("org.deltanet.api.", "org.example."))
 * }</pre>
 *
 * @param services       the fully qualified names of the extension interfaces
 * @param sharedPackages package prefixes, each ending in a dot, that extension jars see
 */
public record ExtensionPoint(List<String> services, List<String> sharedPackages) {

    /** No extensions: every jar is a plugin jar and sees the api alone. */
    public static final ExtensionPoint NONE = new ExtensionPoint(List.of(), List.of());

    public ExtensionPoint {
        services = List.copyOf(services);
        sharedPackages = List.copyOf(sharedPackages);
        for (String prefix : sharedPackages) {
            if (!prefix.endsWith(".")) {
                throw new IllegalArgumentException("package prefix '" + prefix + "' must end with a dot");
            }
        }
    }
}
