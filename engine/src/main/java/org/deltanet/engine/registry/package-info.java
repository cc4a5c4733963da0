/**
 * Finding plugins: {@link org.deltanet.engine.registry.PluginRegistry} runs
 * {@link java.util.ServiceLoader} for each {@link org.deltanet.api.PluginKind} over the class
 * loaders it is given and looks plugins up by their stable names, with a "did you mean" answer
 * for unknown names and an error naming both sources when two plugins claim one name.
 */
package org.deltanet.engine.registry;
