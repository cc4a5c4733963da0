package org.deltanet.plugins;

import java.util.List;
import java.util.ServiceLoader;
import org.deltanet.api.Activation;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;

/**
 * The built-in plugins as the services files list them, so that no test keeps its own list: adding
 * a built-in touches its class, its services line and its contract test ({@link ServiceFilesTest}
 * checks that every plugin class is listed).
 */
public final class BuiltIns {

    private BuiltIns() {}

    /** A fresh instance of every built-in of one kind, at its defaults, in services-file order. */
    public static <T extends Plugin> List<T> of(PluginKind<T> kind) {
        return ServiceLoader.load(kind.serviceType(), BuiltIns.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /** A fresh instance of every built-in activation, at its defaults. */
    public static List<Activation> activations() {
        return of(PluginKind.ACTIVATION);
    }
}
