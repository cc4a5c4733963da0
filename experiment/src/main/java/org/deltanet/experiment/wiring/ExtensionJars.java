package org.deltanet.experiment.wiring;

import java.util.List;
import org.deltanet.data.DataFormat;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.loader.ExtensionPoint;

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
}
