package org.deltanet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deltanet.experiment.wiring.ExtensionJars;
import org.deltanet.loader.PluginLoader;
import picocli.CommandLine.Option;

/**
 * The plugin options of every command that uses plugins: {@code --plugins} and {@code --prefer}.
 * Jars in {@code ./plugins} (relative to the working directory) are loaded whenever that folder
 * exists.
 */
final class PluginOptions {

    /** The folder of plugin jars that is loaded without being named. */
    static final Path DEFAULT_FOLDER = Path.of("plugins");

    @Option(
            names = "--plugins",
            paramLabel = "DIR",
            description = "A folder of plugin jars (or one jar) to load besides ./plugins. Repeatable.")
    List<Path> locations = new ArrayList<>();

    @Option(
            names = "--prefer",
            paramLabel = "JAR",
            description = "When two plugins claim one name, use the one from this jar (its file name, e.g. "
                    + "swish.jar, or its path). Repeatable.")
    List<String> preferred = new ArrayList<>();

    /** A loader of the built-ins, ./plugins and the --plugins locations, warning on standard error. */
    PluginLoader loader() {
        List<Path> all = new ArrayList<>();
        if (Files.isDirectory(DEFAULT_FOLDER)) {
            all.add(DEFAULT_FOLDER);
        }
        all.addAll(locations);
        return new PluginLoader(
                        PluginOptions.class.getClassLoader(),
                        all,
                        preferred,
                        warning -> System.err.println("deltanet: warning: " + warning))
                .withExtensions(ExtensionJars.POINT);
    }
}
