package org.deltanet.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths and {@code file:} URIs read as local files; other schemes need a {@link RemoteFiles},
 * which this module's tests do not have; errors name the location as given.
 */
class DataLocationsTest {

    @TempDir
    Path dir;

    @Test
    void tellsUrisFromPaths() {
        assertTrue(DataLocations.isUri("file:///data/iris.csv"));
        assertTrue(DataLocations.isUri("hdfs://namenode:8020/data/iris.csv"));
        assertTrue(DataLocations.isUri("s3a://bucket/iris.csv"));
        assertFalse(DataLocations.isUri("data/iris.csv"));
        assertFalse(DataLocations.isUri("/data/iris.csv"));
        assertFalse(DataLocations.isUri("C:/data/iris.csv"));
        assertFalse(DataLocations.isUri("iris:2.csv"));
    }

    @Test
    void aFileUriIsReadAsTheLocalFileAndAPathAsItself() throws IOException {
        Path file = Files.writeString(dir.resolve("a b.csv"), "x");
        String uri = file.toUri().toString();

        assertEquals(file, DataLocations.read(uri, path -> path));
        assertEquals(file, DataLocations.read(file.toString(), path -> path));
        assertEquals(List.of(file, file), DataLocations.read(List.of(uri, file.toString()), paths -> paths));
    }

    @Test
    void anErrorAboutTheLocalFileNamesTheUri() throws IOException {
        Path file = Files.writeString(dir.resolve("iris.csv"), "x");
        String uri = file.toUri().toString();

        DataException e = assertThrows(
                DataException.class,
                () -> DataLocations.read(uri, path -> {
                    throw new DataException(path, 3, "width", "'x' is not a number");
                }));

        assertEquals(uri + ":3: column 'width': 'x' is not a number", e.getMessage());
        assertEquals(uri, e.location());
    }

    @Test
    void anotherSchemeWithoutRemoteFilesIsRefusedNamingIt() {
        DataException e =
                assertThrows(DataException.class, () -> DataLocations.read("hdfs://namenode/iris.csv", path -> path));

        assertTrue(
                e.getMessage().startsWith("hdfs://namenode/iris.csv: nothing here reads 'hdfs:' URIs"), e.getMessage());
    }

    @Test
    void aMalformedUriIsRefusedNamingIt() {
        DataException e =
                assertThrows(DataException.class, () -> DataLocations.read("hdfs://name node/iris.csv", path -> path));

        assertTrue(e.getMessage().startsWith("hdfs://name node/iris.csv: is not a valid URI"), e.getMessage());
    }
}
