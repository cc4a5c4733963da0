package org.deltanet.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns plugin locations (jars, or folders whose {@code *.jar} files are plugins) into the distinct
 * jar files they name, in order: folders contribute their jars sorted by file name, and a jar
 * reached twice, by the same path or as an identical copy (same bytes), counts once.
 */
public final class JarLocations {

    private JarLocations() {}

    /**
     * The distinct jars of the given jars and folders, as absolute paths.
     *
     * @throws PluginLoadException if a location does not exist or a folder cannot be listed
     */
    public static List<Path> expand(List<Path> locations) {
        Map<String, Path> byContent = new LinkedHashMap<>();
        for (Path location : locations) {
            for (Path jar : jars(location.toAbsolutePath().normalize())) {
                byContent.putIfAbsent(JarDigest.sha256(jar), jar);
            }
        }
        return List.copyOf(byContent.values());
    }

    private static List<Path> jars(Path location) {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new PluginLoadException(location + ": no such plugin jar or folder");
        }
        try (Stream<Path> files = Files.list(location)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PluginLoadException(location + ": cannot list the plugin folder: " + e.getMessage(), e);
        }
    }
}
