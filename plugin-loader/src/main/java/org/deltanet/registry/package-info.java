/**
 * Finding plugins: {@link org.deltanet.registry.PluginRegistry} runs
 * {@link java.util.ServiceLoader} for each {@link org.deltanet.api.PluginKind} over the class
 * loaders it is given and looks plugins up by their stable names, with a "did you mean" answer
 * for unknown names. {@link org.deltanet.registry.PluginRegistry#of} builds a registry from
 * plugins found elsewhere (plugin jars): where two of one kind claim one name, a preference (e.g.
 * by jar file name) may choose one; otherwise the error names both sources.
 */
package org.deltanet.registry;
