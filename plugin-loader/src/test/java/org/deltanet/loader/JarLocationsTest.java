package org.deltanet.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders give their jars by name; a jar reached twice, by path or as a copy, counts once. */
class JarLocationsTest {

    @TempDir
    Path temp;

    @Test
    void aFolderGivesItsJarsSortedByNameAndNothingElse() throws IOException {
        Path b = TestJars.write(temp.resolve("b.jar"), "1", Map.of());
        Path a = TestJars.write(temp.resolve("a.jar"), "2", Map.of());
        Files.writeString(temp.resolve("notes.txt"), "not a jar");
        Files.createDirectories(temp.resolve("nested.jar"));

        assertEquals(List.of(a, b), JarLocations.expand(List.of(temp)));
    }

    @Test
    void theSameJarByTwoPathsOrAsAnIdenticalCopyCountsOnceAsTheFirst() throws IOException {
        Path original = TestJars.write(temp.resolve("one/swish.jar"), "1", Map.of());
        Path copy = Files.copy(
                original, Files.createDirectories(temp.resolve("two")).resolve("swish.jar"));

        assertEquals(List.of(copy), JarLocations.expand(List.of(copy, temp.resolve("two/../two/swish.jar"), original)));
    }

    @Test
    void aMissingLocationIsAnErrorNamingIt() {
        PluginLoadException missing =
                assertThrows(PluginLoadException.class, () -> JarLocations.expand(List.of(temp.resolve("nowhere"))));

        assertEquals(temp.resolve("nowhere") + ": no such plugin jar or folder", missing.getMessage());
    }
}
