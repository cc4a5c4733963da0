package org.deltanet.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.deltanet.registry.PluginEntry;
import org.deltanet.registry.PluginRegistry;

/**
 * Installs deltanet's own plugins and those of plugin jars into one {@link PluginRegistry}.
 *
 * <p>Each jar gets a class loader of its own ({@link PluginJar}); its plugins are found by
 * {@link java.util.ServiceLoader} and by a scan for unlisted ones ({@link JarDiscovery}). Two
 * plugins of one kind with one name are an error naming both jars unless one of them comes from a
 * <em>preferred</em> jar, given by file name ({@code swish.jar}) or path.
 *
 * <p>Example:
 * <pre>{@code
 * PluginLoader loader = new PluginLoader(Main.class.getClassLoader(), List.of(Path.of("plugins")),
 *         List.of(), System.err::println);
 * InstalledPlugins installed = loader.load(List.of(Path.of("/opt/more-plugins")));
 * Activation swish = installed.registry().activation("swish");
 * }</pre>
 */
public final class PluginLoader {

    private final ClassLoader host;
    private final List<Path> locations;
    private final List<String> preferred;
    private final Consumer<String> warnings;
    private final ExtensionPoint extensions;

    /**
     * @param host      deltanet's class loader: its plugins are the built-ins, its api the one jars share
     * @param locations jars and folders of jars to load every time
     * @param preferred jars, by file name or path, that win a conflict over a name
     * @param warnings  receives warnings, e.g. about plugins missing from a services file
     */
    public PluginLoader(ClassLoader host, List<Path> locations, List<String> preferred, Consumer<String> warnings) {
        this(host, locations, preferred, warnings, ExtensionPoint.NONE);
    }

    private PluginLoader(ClassLoader host, List<Path> locations, List<String> preferred, Consumer<String> warnings,
                         ExtensionPoint extensions) {
        this.host = host;
        this.locations = List.copyOf(locations);
        this.preferred = List.copyOf(preferred);
        this.warnings = warnings;
        this.extensions = extensions;
    }

    /**
     * This loader, opening jars that list the extension point's service as extension jars (which
     * see the packages it shares); the layer that defines the extension point passes it in.
     */
    public PluginLoader withExtensions(ExtensionPoint extensions) {
        return new PluginLoader(host, locations, preferred, warnings, extensions);
    }

    /**
     * A loader of what {@code host} sees and of the experiments' own {@code plugins:} lists only,
     * with warnings dropped: for code that runs experiments without a command line (tests, a
     * Spark executor).
     */
    public static PluginLoader of(ClassLoader host) {
        return new PluginLoader(host, List.of(), List.of(), warning -> { });
    }

    /** The built-ins and the plugins of this loader's locations. */
    public InstalledPlugins load() {
        return load(List.of());
    }

    /**
     * The built-ins and the plugins of {@code more}, e.g. the {@code plugins:} of an experiment
     * file, and of this loader's locations. {@code more} is read first, so that where the same jar
     * is reached twice it counts as one of {@code more}'s.
     *
     * @throws PluginLoadException if a jar or one of its classes cannot be loaded
     * @throws org.deltanet.registry.PluginConflictException if two plugins of one kind
     *         claim one name and no preference decides
     */
    public InstalledPlugins load(List<Path> more) {
        List<PluginJar> jars = JarLocations.expand(Stream.concat(more.stream(), locations.stream()).toList())
                .stream().map(path -> PluginJar.open(path, host, extensions)).toList();
        List<PluginEntry> entries = new ArrayList<>(PluginRegistry.load(List.of(host)).entries());
        for (PluginJar jar : jars) {
            entries.addAll(JarDiscovery.discover(jar, warnings));
        }
        return new InstalledPlugins(PluginRegistry.of(entries, this::isPreferred), host, jars);
    }

    private boolean isPreferred(PluginEntry entry) {
        return preferred.stream().anyMatch(choice -> choice.equals(entry.sourceFileName())
                || Path.of(choice).toAbsolutePath().normalize().toString().equals(entry.source()));
    }
}
