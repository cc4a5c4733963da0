package org.deltanet.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
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
 * <em>preferred</em> jar, given by file name ({@code swish.jar}) or path. One jar is known by its
 * bytes ({@link JarDigest}), not its path: reached twice, or seen again through a copy on the host's
 * class path (as Spark's executors see the jars a job ships), it is loaded once.
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

    private PluginLoader(
            ClassLoader host,
            List<Path> locations,
            List<String> preferred,
            Consumer<String> warnings,
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

    /** This loader, also preferring the jars {@code more} names (by file name or path), after its own. */
    public PluginLoader preferring(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(preferred);
        more.stream().filter(jar -> !all.contains(jar)).forEach(all::add);
        return new PluginLoader(host, locations, all, warnings, extensions);
    }

    /**
     * A loader of what {@code host} sees and of the experiments' own {@code plugins:} lists only,
     * with warnings dropped: for code that runs experiments without a command line (tests, a
     * Spark executor).
     */
    public static PluginLoader of(ClassLoader host) {
        return new PluginLoader(host, List.of(), List.of(), warning -> {});
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
     * @throws PluginLoadException if a jar or one of its classes cannot be loaded, a plugin's name
     *         breaks the naming rule, or a preferred jar is none of the jars loaded
     * @throws org.deltanet.registry.PluginConflictException if two plugins of one kind
     *         claim one name and no preference decides
     */
    public InstalledPlugins load(List<Path> more) {
        List<PluginJar> jars = open(more);
        List<PluginEntry> fromJars = new ArrayList<>();
        for (PluginJar jar : jars) {
            fromJars.addAll(JarDiscovery.discover(jar, warnings));
        }
        List<PluginEntry> entries = new ArrayList<>(PluginRegistry.load(List.of(host)).entries().stream()
                .filter(entry -> !copyOfAJar(entry, fromJars, jars))
                .toList());
        entries.addAll(fromJars);
        checkPreferences(entries);
        return new InstalledPlugins(PluginRegistry.of(entries, this::isPreferred), host, jars);
    }

    /**
     * What the jars of {@code more} and of this loader's locations provide of a service that the
     * {@link ExtensionPoint} names (e.g. an upper layer's data formats), as each jar's own
     * {@code META-INF/services} file lists them, in jar order; the host's own implementations are
     * the caller's to add. The jars are opened afresh, as {@link #load} opens them.
     *
     * @throws PluginLoadException if a jar, or a class it lists, cannot be loaded
     */
    public <S> List<S> services(List<Path> more, Class<S> service) {
        List<S> found = new ArrayList<>();
        for (PluginJar jar : open(more)) {
            try {
                ServiceLoader.load(service, jar.loader()).forEach(found::add);
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new PluginLoadException(
                        jar.path() + ": cannot load its " + service.getSimpleName() + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    private List<PluginJar> open(List<Path> more) {
        return JarLocations.expand(
                        Stream.concat(more.stream(), locations.stream()).toList())
                .stream()
                .map(path -> PluginJar.open(path, host, extensions))
                .toList();
    }

    /** The jars and folders this loader loads every time, e.g. {@code ./plugins} and {@code --plugins}. */
    public List<Path> locations() {
        return locations;
    }

    /** The preferred jars, by file name or path, as given. */
    public List<String> preferred() {
        return preferred;
    }

    /**
     * Whether the host's plugin is one of a plugin jar's, seen again through a copy of that jar on
     * the host's class path (Spark puts its copy of a jar it ships there): same kind, same name,
     * same bytes. Only a plugin that clashes by name is hashed, so deltanet's own jar never is.
     */
    private static boolean copyOfAJar(PluginEntry hosted, List<PluginEntry> fromJars, List<PluginJar> jars) {
        List<String> clashing = fromJars.stream()
                .filter(entry -> entry.kind() == hosted.kind() && entry.name().equals(hosted.name()))
                .map(PluginEntry::source)
                .toList();
        if (clashing.isEmpty() || !Files.isRegularFile(Path.of(hosted.source()))) {
            return false;
        }
        String digest = JarDigest.sha256(Path.of(hosted.source()));
        return jars.stream()
                .anyMatch(jar ->
                        clashing.contains(jar.path().toString()) && jar.sha256().equals(digest));
    }

    /** Every preference names the source of a loaded plugin: a plugin jar, or deltanet's own jar. */
    private void checkPreferences(List<PluginEntry> entries) {
        for (String choice : preferred) {
            if (entries.stream().noneMatch(entry -> names(choice, Path.of(entry.source())))) {
                throw PluginLoadException.unknownPreference(
                        choice,
                        entries.stream()
                                .map(PluginEntry::sourceFileName)
                                .distinct()
                                .toList());
            }
        }
    }

    private boolean isPreferred(PluginEntry entry) {
        return preferred.stream().anyMatch(choice -> names(choice, Path.of(entry.source())));
    }

    /** Whether a preference, a jar's file name or path, names the jar at {@code jar}. */
    private static boolean names(String choice, Path jar) {
        Path fileName = jar.getFileName();
        return (fileName != null && choice.equals(fileName.toString()))
                || Path.of(choice)
                        .toAbsolutePath()
                        .normalize()
                        .equals(jar.toAbsolutePath().normalize());
    }
}
