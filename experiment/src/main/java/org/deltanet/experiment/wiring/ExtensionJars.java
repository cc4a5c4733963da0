package org.deltanet.experiment.wiring;

import java.util.List;
import org.deltanet.experiment.extension.ExperimentExtension;
import org.deltanet.loader.ExtensionPoint;

/**
 * What makes a plugin jar an experiment extension jar, for the plugin loader (which knows no
 * upper layer): a jar that lists an {@link ExperimentExtension} sees, besides the api and the
 * JDK, the engine's listener types and the extension interface: training listeners, given what a
 * run offers; not Guice, not the rest of the engine or the experiment module.
 */
public final class ExtensionJars {

    /** The experiment layer's extension point. */
    public static final ExtensionPoint POINT = new ExtensionPoint(
            ExperimentExtension.class.getName(),
            List.of("org.deltanet.api.", "org.deltanet.engine.train.", "org.deltanet.experiment.extension."));

    private ExtensionJars() {}
}
