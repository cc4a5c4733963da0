package org.deltanet.spark;

import java.io.Serializable;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deltanet.loader.InstalledPlugins;
import org.deltanet.loader.JarDigest;
import org.deltanet.loader.PluginJar;
import org.deltanet.loader.PluginLoader;

/**
 * The plugin jars a job's tasks use, as the driver installed them ({@code ./plugins},
 * {@code --plugins}, the experiment's {@code plugins:}), known by path and SHA-256, with the
 * {@code --prefer} choices: what an executor needs to install the same plugins.
 *
 * <p>On an executor each jar is the file at its path when that file has the same bytes, else the
 * copy with those bytes that Spark fetched onto the task's class loader ({@link PluginJars#ship}
 * sends every jar). The copy and the original are one jar: the copies' plugins are hidden from the
 * task's loader ({@link WithoutJars}), so that a plugin never conflicts with itself, and two jars
 * claiming one name are settled by {@code --prefer} as on the driver.
 *
 * @param paths     the jars' absolute paths on the driver
 * @param sha256s   their SHA-256s, in the same order
 * @param preferred the {@code --prefer} choices, as given
 */
public record ShippedPlugins(List<String> paths, List<String> sha256s, List<String> preferred) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ShippedPlugins {
        paths = List.copyOf(paths);
        sha256s = List.copyOf(sha256s);
        preferred = List.copyOf(preferred);
    }

    /** The jars the driver installed, and its loader's preferences. */
    public static ShippedPlugins of(InstalledPlugins installed, PluginLoader loader) {
        return new ShippedPlugins(installed.jars().stream().map(jar -> jar.path().toString()).toList(),
                installed.jars().stream().map(PluginJar::sha256).toList(), loader.preferred());
    }

    /** The jars, as paths on the driver. */
    public List<Path> jars() {
        return paths.stream().map(Path::of).toList();
    }

    /**
     * A loader, for a task, of the built-ins and these jars, each found as the class comment says.
     *
     * @param host the task's class loader
     * @throws IllegalStateException if a jar is on neither this machine's path nor the class loader
     */
    public PluginLoader loader(ClassLoader host) {
        List<Path> found = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path path = Path.of(paths.get(i));
            String sha256 = sha256s.get(i);
            found.add(Files.isRegularFile(path) && JarDigest.sha256(path).equals(sha256) ? path
                    : copiesOn(host, sha256).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                            "the plugin jar " + path + " (SHA-256 " + sha256 + ") is on neither this executor's file"
                                    + " system nor its class path")));
        }
        Set<Path> copies = new HashSet<>();
        sha256s.forEach(sha256 -> copies.addAll(copiesOn(host, sha256)));
        return new PluginLoader(new WithoutJars(host, copies), found, preferred, warning -> { });
    }

    /** The jar files on the class path of {@code host} (and its parents) with the given bytes. */
    private static List<Path> copiesOn(ClassLoader host, String sha256) {
        List<Path> copies = new ArrayList<>();
        for (ClassLoader loader = host; loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    file(url).filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file)
                            && JarDigest.sha256(file).equals(sha256)).ifPresent(copies::add);
                }
            }
        }
        return copies;
    }

    private static Optional<Path> file(URL url) {
        try {
            return "file".equals(url.getProtocol()) ? Optional.of(Path.of(url.toURI()).toAbsolutePath().normalize())
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
