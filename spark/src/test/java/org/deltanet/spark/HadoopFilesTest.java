package org.deltanet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deltanet.data.DataException;
import org.deltanet.data.LabeledData;
import org.deltanet.data.RemoteFiles;
import org.deltanet.data.csv.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hadoop's FileSystem API behind {@link RemoteFiles}: its {@code file:} file system (Hadoop's
 * {@code LocalFileSystem}, which needs no jar beyond Spark's) reads a file; a missing one, a
 * scheme nothing serves and {@code s3a:} without hadoop-aws are refused.
 */
class HadoopFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileThroughHadoopsLocalFileSystem() throws IOException {
        Path file = Files.writeString(dir.resolve("flowers.csv"), "x,species\n1,a\n");

        try (InputStream in = new HadoopFiles().open(file.toUri())) {
            assertEquals("x,species\n1,a\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMissingFileIsFileNotFound() {
        assertThrows(
                FileNotFoundException.class,
                () -> new HadoopFiles().open(dir.resolve("missing.csv").toUri()).close());
    }

    @Test
    void anUnknownHostIsAnIoFailureNamingIt() {
        IOException e = assertThrows(
                IOException.class, () -> new HadoopFiles().open(URI.create("hdfs://no-such-host.invalid:8020/y.csv")));

        assertEquals("unknown host no-such-host.invalid", e.getMessage());
    }

    @Test
    void aSchemeWithoutFileSystemNamesIt() {
        DataException e =
                assertThrows(DataException.class, () -> new HadoopFiles().open(URI.create("nosuch://x/y.csv")));

        assertTrue(
                e.getMessage()
                        .startsWith(
                                "nosuch://x/y.csv: no Hadoop file system for the scheme 'nosuch:' on the class path; "
                                        + "add the jar of a Hadoop FileSystem for 'nosuch:'"),
                e.getMessage());
    }

    @Test
    void s3aWithoutHadoopAwsNamesItsJars() {
        DataException e =
                assertThrows(DataException.class, () -> new HadoopFiles().open(URI.create("s3a://bucket/y.csv")));

        assertTrue(e.getMessage().contains("add hadoop-aws-3."), e.getMessage());
    }

    @Test
    void aDataSourceReadsARemoteFileFromACopyAndNamesItsUri() throws IOException {
        String property = "spark.hadoop.fs." + LocalCopyFileSystem.SCHEME + ".impl";
        System.setProperty(property, LocalCopyFileSystem.class.getName());
        try {
            Path good = Files.writeString(dir.resolve("good.tsv"), "x\tspecies\n1\ta\n2\tb\n");
            Path bad = Files.writeString(dir.resolve("bad.csv"), "x,species\n1,a\nnope,b\n");

            LabeledData read = new CsvFile(remote(good), "species", null, null).read();
            assertEquals(List.of("a", "b"), read.classes(), "read as tab-separated, by the name it has");
            assertEquals(2, read.data().size());
            DataException e =
                    assertThrows(DataException.class, () -> new CsvFile(remote(bad), "species", null, null).read());
            assertEquals(remote(bad) + ":3: column 'x': 'nope' is not a number", e.getMessage());
            DataException missing = assertThrows(
                    DataException.class,
                    () -> new CsvFile(remote(dir.resolve("missing.csv")), "species", null, null).read());
            assertEquals(remote(dir.resolve("missing.csv")) + ": no such file", missing.getMessage());
            try (var copies = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertTrue(
                        copies.noneMatch(p -> p.getFileName().toString().matches("deltanet-.*-(good.tsv|bad.csv)")),
                        "the temporary copies are gone");
            }
        } finally {
            System.clearProperty(property);
        }
    }

    private static String remote(Path file) {
        return LocalCopyFileSystem.SCHEME + "://" + file.toUri().getPath();
    }
}
