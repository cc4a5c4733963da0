package org.deltanet.loader;

import java.util.List;

/**
 * The parent of every plugin jar's class loader: it shows the jar the JDK and the packages it may
 * share with deltanet, and refuses every other class, so that a plugin can neither see nor shadow
 * deltanet's engine or the libraries of the launcher (Jackson, Guice, picocli, ...).
 *
 * <p>Classes of the shared packages come from deltanet's own class loader, so a plugin's
 * {@code org.deltanet.api.Activation} is the very interface the engine calls; everything else is
 * asked of the JDK's platform class loader, which knows only the JDK. Resources are not shared: the
 * {@code META-INF/services} files a jar's {@link java.util.ServiceLoader} reads are its own.
 *
 * <p>Two sets of packages exist:
 * <ul>
 *   <li>{@link #forPlugins}: {@code org.deltanet.api} only, for jars of activations, losses,
 *       optimizers and initializers;</li>
 *   <li>{@link #forExtensions}: the packages an {@link ExtensionPoint} names, for jars that
 *       contribute to the layer that defined it.</li>
 * </ul>
 */
final class SharedPackages extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final List<String> API = List.of("org.deltanet.api.");

    private final ClassLoader host;
    private final List<String> prefixes;

    private SharedPackages(String name, ClassLoader host, List<String> prefixes) {
        super(name, ClassLoader.getPlatformClassLoader());
        this.host = host;
        this.prefixes = prefixes;
    }

    /** Shares the api package of {@code host}. */
    static SharedPackages forPlugins(ClassLoader host) {
        return new SharedPackages("deltanet-api", host, API);
    }

    /** Shares the given package prefixes of {@code host} (an {@link ExtensionPoint}'s). */
    static SharedPackages forExtensions(ClassLoader host, List<String> prefixes) {
        return new SharedPackages("deltanet-extension-api", host, prefixes);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return host.loadClass(name);
            }
        }
        return super.loadClass(name, resolve);
    }
}
