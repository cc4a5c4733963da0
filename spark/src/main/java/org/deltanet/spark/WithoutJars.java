package org.deltanet.spark;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * A task's class loader with the {@code META-INF/services} files of some jars hidden, so that
 * {@link java.util.ServiceLoader} finds deltanet's built-ins there but not the plugins of the jars
 * Spark put on it: those are loaded from the jars themselves, each in a class loader of its own.
 * Classes and other resources come from the task's loader unchanged.
 */
final class WithoutJars extends ClassLoader {

    private static final String SERVICES = "META-INF/services/";

    private final Set<Path> hidden;

    /**
     * @param task   the task's class loader
     * @param hidden the jar files whose service files to hide
     */
    WithoutJars(ClassLoader task, Set<Path> hidden) {
        super("deltanet-without-shipped-jars", task);
        this.hidden = Set.copyOf(hidden);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> all = getParent().getResources(name);
        if (!name.startsWith(SERVICES)) {
            return all;
        }
        List<URL> kept = new ArrayList<>();
        for (URL url : Collections.list(all)) {
            Path jar = jarOf(url);
            if (jar == null || !hidden.contains(jar)) {
                kept.add(url);
            }
        }
        return Collections.enumeration(kept);
    }

    /** The jar file of a {@code jar:file:/x.jar!/entry} URL, or null. */
    private static Path jarOf(URL url) {
        String text = url.toString();
        int bang = text.indexOf("!/");
        if (!text.startsWith("jar:file:") || bang < 0) {
            return null;
        }
        try {
            return Path.of(new java.net.URI(text.substring("jar:".length(), bang))).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
