package org.deltanet.loader;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.deltanet.api.Plugin;
import org.deltanet.api.PluginKind;
import org.deltanet.registry.PluginEntry;

/**
 * Finds the plugins of one jar: first with {@link ServiceLoader} over the jar's own class loader,
 * then the {@linkplain UnlistedClasses unlisted} ones, which are loaded as well with a warning that
 * names the services file to add and the line to put in it. An unlisted class that only shows
 * again a plugin the jar lists (same kind, same name, e.g. a configured variant) is left out.
 *
 * <p>Every plugin is constructed and asked for its name, description and parameters here, so that
 * a class that fails to load, to link against this api or to construct is reported now, with the
 * jar and the class, rather than in the middle of training.
 */
final class JarDiscovery {

    private JarDiscovery() {}

    /**
     * @param warnings receives one line per unlisted plugin
     * @throws PluginLoadException naming the jar and the class that failed
     */
    static List<PluginEntry> discover(PluginJar jar, Consumer<String> warnings) {
        List<PluginEntry> found = new ArrayList<>();
        Map<PluginKind<?>, List<String>> unlisted = UnlistedClasses.in(jar);
        for (PluginKind<?> kind : PluginKind.values()) {
            List<PluginEntry> listed = listed(jar, kind);
            found.addAll(listed);
            for (String className : unlisted.get(kind)) {
                PluginEntry entry = entry(jar, kind, construct(jar, className));
                if (listed.stream().noneMatch(other -> other.name().equals(entry.name()))) {
                    warnings.accept(warning(jar, kind, className));
                    found.add(entry);
                }
            }
        }
        return found;
    }

    private static List<PluginEntry> listed(PluginJar jar, PluginKind<?> kind) {
        List<PluginEntry> entries = new ArrayList<>();
        Iterator<? extends ServiceLoader.Provider<? extends Plugin>> providers =
                ServiceLoader.load(kind.serviceType(), jar.loader()).stream().iterator();
        while (true) {
            ServiceLoader.Provider<? extends Plugin> provider;
            try {
                if (!providers.hasNext()) {
                    return entries;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw PluginLoadException.forClass(jar.path(), culprit(jar, kind), e);
            }
            Plugin plugin;
            try {
                plugin = provider.get();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw PluginLoadException.forClass(jar.path(), provider.type().getName(), e);
            }
            entries.add(entry(jar, kind, plugin));
        }
    }

    /** The first class the services file lists that does not load as an implementation of the service. */
    private static String culprit(PluginJar jar, PluginKind<?> kind) {
        for (String name : jar.listed(kind.serviceType())) {
            try {
                if (!kind.serviceType().isAssignableFrom(Class.forName(name, false, jar.loader()))) {
                    return name + " (listed in " + PluginJar.servicesFile(kind.serviceType()) + ")";
                }
            } catch (ClassNotFoundException | LinkageError e) {
                return name + " (listed in " + PluginJar.servicesFile(kind.serviceType()) + ")";
            }
        }
        return "listed in " + PluginJar.servicesFile(kind.serviceType());
    }

    private static Plugin construct(PluginJar jar, String className) {
        try {
            return (Plugin) Class.forName(className, true, jar.loader())
                    .getConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw PluginLoadException.forClass(jar.path(), className, e);
        }
    }

    /** The entry of a constructed plugin, once its name, description and parameters answer. */
    private static PluginEntry entry(PluginJar jar, PluginKind<?> kind, Plugin plugin) {
        try {
            Objects.requireNonNull(plugin.name(), "name() returned null");
            Objects.requireNonNull(plugin.description(), "description() returned null");
            plugin.parameters();
            plugin.values();
        } catch (RuntimeException | LinkageError e) {
            throw PluginLoadException.forClass(jar.path(), plugin.getClass().getName(), e);
        }
        if (!plugin.name().matches(Plugin.NAME_PATTERN)) {
            throw PluginLoadException.badName(jar.path(), plugin.getClass().getName(), kind.label(), plugin.name());
        }
        return new PluginEntry(kind, plugin, jar.path().toString());
    }

    private static String warning(PluginJar jar, PluginKind<?> kind, String className) {
        String file = PluginJar.servicesFile(kind.serviceType());
        return jar.path() + ": " + className + " is " + article(kind) + " not listed in " + file
                + "; loaded it anyway. Add the line '" + className + "' to " + file + " in the jar"
                + " (src/main/resources/" + file + " in a Maven project)";
    }

    private static String article(PluginKind<?> kind) {
        return (kind.label().matches("[aeiou].*") ? "an " : "a ") + kind.label();
    }
}
