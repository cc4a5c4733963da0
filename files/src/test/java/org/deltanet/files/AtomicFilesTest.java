package org.deltanet.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void createsAndReplaces() throws IOException {
        Path target = dir.resolve("summary.txt");
        AtomicFiles.write(target, "first");
        AtomicFiles.write(target, "second, ünïcode");
        assertEquals("second, ünïcode", Files.readString(target));
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertEquals(List.of(target), files());
    }

    @Test
    void failingContentLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("model.yaml");
        AtomicFiles.write(target, "old model");
        var failure = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(target, out -> {
                    out.write("half of a new mod".getBytes());
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("old model", Files.readString(target));
        assertEquals(List.of(target), files());
        assertThrows(
                IllegalStateException.class,
                () -> AtomicFiles.write(target, out -> {
                    throw new IllegalStateException("bug in the writer");
                }));
        assertEquals("old model", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void failingRenameRemovesTheTemporaryFile() throws IOException {
        Path occupied = Files.createDirectory(dir.resolve("checkpoint.yaml"));
        Files.writeString(occupied.resolve("inside"), "keeps the directory non-empty");
        assertThrows(IOException.class, () -> AtomicFiles.write(occupied, "content"));
        assertEquals(List.of(occupied), files());
    }

    @Test
    void missingDirectoryFailsWithoutCreatingAnything() {
        assertThrows(IOException.class, () -> AtomicFiles.write(dir.resolve("no/such/dir/file.txt"), "x"));
    }
}
