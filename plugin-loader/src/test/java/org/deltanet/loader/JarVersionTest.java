package org.deltanet.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jar's version: the manifest's Implementation-Version, else the one pom.properties, else unknown. */
class JarVersionTest {

    @TempDir
    Path temp;

    @Test
    void theManifestComesFirst() throws IOException {
        Path jar = TestJars.write(temp.resolve("a.jar"), "2.0.1", Map.ofEntries(TestJars.pomProperties("a", "1.0")));

        assertEquals("2.0.1", JarVersion.of(jar));
    }

    @Test
    void thenTheMavenPomProperties() throws IOException {
        Path jar = TestJars.write(temp.resolve("a.jar"), null, Map.ofEntries(TestJars.pomProperties("a", "1.0")));

        assertEquals("1.0", JarVersion.of(jar));
    }

    @Test
    void unknownWithoutEitherOrWithSeveralPoms() throws IOException {
        Path bare = TestJars.write(temp.resolve("bare.jar"), null, Map.of());
        Path merged = TestJars.write(
                temp.resolve("merged.jar"),
                null,
                Map.ofEntries(TestJars.pomProperties("a", "1.0"), TestJars.pomProperties("b", "2.0")));

        assertEquals("unknown", JarVersion.of(bare));
        assertEquals("unknown", JarVersion.of(merged));
        assertEquals("unknown", JarVersion.of(temp));
    }
}
