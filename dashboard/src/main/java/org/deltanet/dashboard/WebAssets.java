package org.deltanet.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The pages' own files (HTML, script, style) and uPlot's, read from the class path: deltanet's
 * jar and uPlot's WebJar.
 */
final class WebAssets {

    /** Path in a URL below {@code /assets/} -> class-path resource. */
    private static final String UPLOT = "META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";

    static final Map<String, String> FILES = Map.of(
            "dashboard.html", "org/deltanet/dashboard/web/dashboard.html",
            "dashboard.js", "org/deltanet/dashboard/web/dashboard.js",
            "dashboard.css", "org/deltanet/dashboard/web/dashboard.css",
            "uPlot.min.js", UPLOT + "uPlot.iife.min.js",
            "uPlot.min.css", UPLOT + "uPlot.min.css");

    private WebAssets() {}

    /** The asset's bytes, or null when there is no such asset. */
    static byte[] bytes(String name) {
        String resource = FILES.get(name);
        if (resource == null) {
            return null;
        }
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static String uplotVersion() {
        try (InputStream in = WebAssets.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("uPlot's WebJar is not on the class path", e);
        }
    }
}
