package org.deltanet.experiment.wiring;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.deltanet.data.DataFormat;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.loader.ExtensionPoint;
import org.deltanet.loader.PluginLoader;

/**
 * What makes a plugin jar an extension jar, for the plugin loader (which knows no upper layer): a
 * jar that lists an {@link ExperimentExtension} or a {@link DataFormat} sees, besides the api and
 * the JDK, the engine's listener types and datasets ({@code org.deltanet.engine.train},
 * {@code org.deltanet.engine.data}), the data sources' types ({@code org.deltanet.data}) and the
 * extension interface: training listeners given what a run offers, and data formats; not Guice,
 * not the rest of the engine or the experiment module.
 */
public final class ExtensionJars {

    /** The experiment layer's extension point. */
    public static final ExtensionPoint POINT = new ExtensionPoint(
            List.of(ExperimentExtension.class.getName(), DataFormat.class.getName()),
            List.of(
                    "org.deltanet.api.",
                    "org.deltanet.engine.train.",
                    "org.deltanet.engine.data.",
                    "org.deltanet.data.",
                    "org.deltanet.experiment.extension."));

    private ExtensionJars() {}

    /**
     * An experiment loader that binds a data section of a {@code type} no built-in format has to
     * the formats of the experiment's plugin jars and of {@code plugins}' own ({@code --plugins},
     * {@code ./plugins}), opened as extension jars: what {@code train}, {@code sweep} and
     * {@code validate} read experiment files with.
     */
    public static ExperimentLoader experimentLoader(PluginLoader plugins) {
        return experimentLoader(plugins, UnaryOperator.identity());
    }

    /**
     * As {@link #experimentLoader(PluginLoader)}, reading each jar the experiment names at the path
     * {@code located} gives for it: where a sweep's executor staged its copy of the driver's jar.
     */
    public static ExperimentLoader experimentLoader(PluginLoader plugins, UnaryOperator<Path> located) {
        PluginLoader extensions = plugins.withExtensions(POINT);
        return new ExperimentLoader(
                jars -> extensions.services(jars.stream().map(located).toList(), DataFormat.class));
    }
}
