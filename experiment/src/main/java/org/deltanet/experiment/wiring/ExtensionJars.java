package org.deltanet.experiment.wiring;

import java.util.List;
import org.deltanet.loader.ExtensionPoint;

/**
 * What makes a plugin jar an experiment extension jar, for the plugin loader (which knows no
 * upper layer): a jar that lists an {@link ExperimentExtension} sees, besides the api and the
 * JDK, the engine, registry and experiment packages and Guice, which its module binds against.
 */
public final class ExtensionJars {

    /** The experiment layer's extension point. */
    public static final ExtensionPoint POINT = new ExtensionPoint(ExperimentExtension.class.getName(),
            List.of("org.deltanet.api.", "org.deltanet.engine.", "org.deltanet.registry.", "org.deltanet.experiment.",
                    "com.google.inject.", "jakarta.inject."));

    private ExtensionJars() {
    }
}
