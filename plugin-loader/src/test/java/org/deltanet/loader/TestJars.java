package org.deltanet.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes small jars of text entries for the loader's tests. */
final class TestJars {

    private TestJars() {}

    /**
     * @param implementationVersion the manifest's Implementation-Version, or null for none
     * @param entries               file name to content
     */
    static Path write(Path jar, String implementationVersion, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (implementationVersion != null) {
            manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, implementationVersion);
        }
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The pom.properties entry Maven writes into a jar. */
    static Map.Entry<String, String> pomProperties(String artifact, String version) {
        return Map.entry(
                "META-INF/maven/org.example/" + artifact + "/pom.properties",
                "groupId=org.example\nartifactId=" + artifact + "\nversion=" + version + "\n");
    }
}
