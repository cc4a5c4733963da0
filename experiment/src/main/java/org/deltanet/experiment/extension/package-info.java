/**
 * The extension interface for extension jars: an
 * {@link org.deltanet.experiment.extension.ExperimentExtension} adds training listeners to every
 * run, given the {@link org.deltanet.experiment.extension.RunInfo} of the run. This package, the api
 * and the engine's listener types are all an extension jar sees of deltanet; see
 * {@code docs/plugin-guide.md}.
 */
package org.deltanet.experiment.extension;
