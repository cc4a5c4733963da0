/**
 * Plugin jars: folders of jars turned into plugins that deltanet finds by name.
 *
 * <p>{@link org.deltanet.loader.PluginLoader} expands jars and folders into distinct jar files and
 * opens each in a class loader of its own ({@link org.deltanet.loader.PluginJar}) whose parent
 * shares only the {@code org.deltanet.api} package and the JDK, so that a plugin cannot see or
 * shadow deltanet's engine or its libraries. A jar that lists one of the services of the
 * {@link org.deltanet.loader.ExtensionPoint} an upper layer passed in also sees the packages that
 * extension point shares, and {@link org.deltanet.loader.PluginLoader#services} gives the upper
 * layer what the jars provide of such a service (e.g. data formats).
 *
 * <p>Plugins are found with {@link java.util.ServiceLoader} over each jar's loader and by a
 * ClassGraph scan for public, concrete implementations the jar forgot to list (loaded, with a
 * warning naming the services file and the line to add). The result,
 * {@link org.deltanet.loader.InstalledPlugins}, holds the registry with the built-ins, each jar's
 * version, and {@link org.deltanet.loader.InstalledPlugins#blame} to name the plugin and jar whose
 * code threw.
 *
 * <p>Failures are one-line messages: {@link org.deltanet.loader.PluginLoadException} for a jar or
 * class that cannot be loaded, linked or constructed, {@link org.deltanet.loader.PluginFailureException}
 * for a plugin that fails while it runs, and the registry's
 * {@link org.deltanet.registry.PluginConflictException} for two plugins with one name.
 */
package org.deltanet.loader;
