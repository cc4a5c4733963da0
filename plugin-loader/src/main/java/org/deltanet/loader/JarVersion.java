package org.deltanet.loader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The version of a jar: its manifest's {@code Implementation-Version}, otherwise the version in the
 * one Maven {@code pom.properties} it contains, otherwise {@value #UNKNOWN}.
 */
public final class JarVersion {

    static final String UNKNOWN = "unknown";

    private JarVersion() {}

    /** The version of an open jar. */
    static String of(JarFile jar) throws IOException {
        Manifest manifest = jar.getManifest();
        String declared =
                manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        if (declared != null && !declared.isBlank()) {
            return declared.trim();
        }
        List<JarEntry> poms = jar.stream()
                .filter(entry -> entry.getName().startsWith("META-INF/maven/")
                        && entry.getName().endsWith("/pom.properties"))
                .toList();
        if (poms.size() != 1) {
            return UNKNOWN;
        }
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(poms.get(0))) {
            properties.load(in);
        }
        return properties.getProperty("version", UNKNOWN).trim();
    }

    /** The version of the jar at {@code location}; {@value #UNKNOWN} for a folder or an unreadable file. */
    public static String of(Path location) {
        if (!Files.isRegularFile(location)) {
            return UNKNOWN;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return of(jar);
        } catch (IOException unreadable) {
            return UNKNOWN;
        }
    }
}
