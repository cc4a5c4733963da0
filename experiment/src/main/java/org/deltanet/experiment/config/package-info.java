/**
 * The experiment file as typed, immutable records bound from YAML with kebab-case keys, and the
 * resolution of the plugin names it contains ({@link org.deltanet.experiment.config.PluginSpec},
 * {@link org.deltanet.experiment.config.PluginResolver}).
 */
package org.deltanet.experiment.config;
