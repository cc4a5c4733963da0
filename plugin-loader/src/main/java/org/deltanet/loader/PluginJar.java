package org.deltanet.loader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * One plugin jar, opened in a class loader of its own whose parent is {@link SharedPackages}: the
 * jar sees the api and the JDK (and, if it contributes an experiment extension, the packages an
 * extension needs), never another jar or deltanet's internals.
 *
 * <p>The loader is named after the jar's path, so that stack traces, and
 * {@link InstalledPlugins#blame}, tell which jar a frame belongs to.
 */
public final class PluginJar {

    private static final String SERVICES = "META-INF/services/";

    private final Path path;
    private final String version;
    private final String sha256;
    private final boolean extension;
    private final URLClassLoader loader;

    private PluginJar(Path path, String version, String sha256, boolean extension, URLClassLoader loader) {
        this.path = path;
        this.version = version;
        this.sha256 = sha256;
        this.extension = extension;
        this.loader = loader;
    }

    /**
     * Opens a jar.
     *
     * @param path the jar, absolute
     * @param host       deltanet's class loader, which provides the shared packages
     * @param extensions what makes the jar an extension jar, and what such a jar sees
     * @throws PluginLoadException if the file is not a readable jar
     */
    static PluginJar open(Path path, ClassLoader host, ExtensionPoint extensions) {
        try (JarFile jar = new JarFile(path.toFile())) {
            boolean extension =
                    extensions.services().stream().anyMatch(service -> jar.getEntry(SERVICES + service) != null);
            String version = JarVersion.of(jar);
            ClassLoader parent = extension
                    ? SharedPackages.forExtensions(host, extensions.sharedPackages())
                    : SharedPackages.forPlugins(host);
            return new PluginJar(
                    path,
                    version,
                    JarDigest.sha256(path),
                    extension,
                    new URLClassLoader(path.toString(), new URL[] {path.toUri().toURL()}, parent));
        } catch (IOException | SecurityException e) {
            throw new PluginLoadException(path + ": cannot read the plugin jar: " + e.getMessage(), e);
        }
    }

    /** The jar file. */
    public Path path() {
        return path;
    }

    /** Its manifest's Implementation-Version, its Maven pom.properties' version, or {@code unknown}. */
    public String version() {
        return version;
    }

    /** The SHA-256 of its bytes ({@link JarDigest}): what identifies it, whatever its path. */
    public String sha256() {
        return sha256;
    }

    /** Whether it lists one of the {@link ExtensionPoint}'s services and so sees the packages it shares. */
    public boolean extension() {
        return extension;
    }

    /** The class loader of this jar alone. */
    public ClassLoader loader() {
        return loader;
    }

    /** The class names this jar's own {@code META-INF/services} file lists for a service, in file order. */
    List<String> listed(Class<?> service) {
        URL file = loader.findResource(SERVICES + service.getName());
        List<String> names = new ArrayList<>();
        if (file == null) {
            return names;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new PluginLoadException(
                    path + ": cannot read " + SERVICES + service.getName() + ": " + e.getMessage(), e);
        }
        return names;
    }

    /** The services file that lists implementations of {@code service}, e.g. {@code META-INF/services/org.deltanet.api.Loss}. */
    static String servicesFile(Class<?> service) {
        return SERVICES + service.getName();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
