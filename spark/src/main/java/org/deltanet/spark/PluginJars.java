package org.deltanet.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.deltanet.experiment.config.ConfigException;

/**
 * Ships the jars an experiment needs to Spark's executors with {@link JavaSparkContext#addJar}:
 * the plugin jars its {@code plugins} key names (a folder stands for the jars in it) and, on a
 * cluster, deltanet's own classes when they run from a jar: {@value #SPARK_APP_JAR} beside that jar
 * (deltanet without Spark, which the executors have), else the jar itself. An executor fetches them
 * before its first task and puts them on the class loader its tasks run with, where plugins are
 * looked for. Adding a jar twice is harmless: Spark keeps the first.
 */
public final class PluginJars {

    /** The Spark-free jar the build writes beside the launcher's {@code deltanet.jar}. */
    public static final String SPARK_APP_JAR = "deltanet-spark-app.jar";

    private PluginJars() {}

    /**
     * @param plugins the experiment's {@code plugins} entries, absolute paths
     * @throws ConfigException if an entry is neither a jar nor a folder
     */
    public static void ship(JavaSparkContext spark, List<String> plugins) {
        for (Path jar : expand(plugins)) {
            spark.addJar(jar.toString());
        }
        Path own = ownJar();
        if (own != null && !spark.isLocal()) {
            Path thin = own.resolveSibling(SPARK_APP_JAR);
            spark.addJar((isJar(thin) ? thin : own).toString());
        }
    }

    /** The jars the entries name, folders replaced by the jars in them, in name order. */
    static List<Path> expand(List<String> plugins) {
        List<Path> jars = new ArrayList<>();
        for (String entry : plugins) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(PluginJars::isJar).sorted().forEach(jars::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the plugin folder " + path, e);
                }
            } else if (isJar(path)) {
                jars.add(path);
            } else {
                throw new ConfigException("plugins: " + entry + " is neither a jar nor a folder of jars");
            }
        }
        return jars;
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    /** The jar deltanet's classes were loaded from, or null when they come from a folder. */
    private static Path ownJar() {
        CodeSource source = PluginJars.class.getProtectionDomain().getCodeSource();
        try {
            Path path = source == null ? null : Path.of(source.getLocation().toURI());
            return path != null && isJar(path) ? path : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
