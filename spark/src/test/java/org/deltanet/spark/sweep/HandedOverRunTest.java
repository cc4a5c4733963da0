package org.deltanet.spark.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run directory handed over on disk: by a task that sees the driver's sweep directory (its token)
 * and only then, from its own file system or from another (copied), whole, with the driver's paths
 * in its text files.
 */
class HandedOverRunTest {

    @TempDir
    Path sweep;

    /** The tasks of this session see the directory the driver marked; a folder of the same path with another token is not it. */
    @Test
    void aTaskSeesTheSweepDirectoryByItsToken() throws IOException {
        SweepFolder marked = SweepFolder.mark(sweep, false);

        assertTrue(marked.visible());
        assertFalse(new SweepFolder(marked.path(), "another-driver", false).visible());
        assertFalse(new SweepFolder(sweep.resolve("absent").toString(), marked.token(), false).visible());
        SweepFolder nextSession = SweepFolder.mark(sweep, false);
        assertFalse(marked.visible(), "a task of the previous session");
        assertTrue(nextSession.visible());
        KeptVariants.deletePartials(sweep);
        assertFalse(Files.exists(sweep.resolve(SweepFolder.TOKEN_FILE)), "the token goes with the sweep's end");
    }

    /** From another file system (an executor's scratch folder), the run directory is copied, then renamed into place. */
    @Test
    void aRunDirectoryFromAnotherFileSystemIsCopiedWhole() throws IOException {
        Path shm = Path.of("/dev/shm");
        Assumptions.assumeTrue(
                Files.isDirectory(shm)
                        && Files.isWritable(shm)
                        && !Files.getFileStore(shm).equals(Files.getFileStore(sweep)),
                "no second file system here");
        Path scratch = Files.createTempDirectory(shm, "deltanet-handed-over-");
        try {
            assertHandedOverWhole(scratch, false);
        } finally {
            RunFiles.delete(scratch);
        }
    }

    /**
     * On the sweep's own file system (local mode), the run directory is renamed, not copied: its
     * files keep their identity (device and inode), and it arrives whole.
     */
    @Test
    void aRunDirectoryOnTheSameFileSystemIsRenamedAndArrivesWhole() throws IOException {
        assertHandedOverWhole(Files.createDirectory(sweep.resolve(".scratch")), true);
    }

    /** Hands a run directory over from {@code scratch}; {@code renamed}: its files must keep their identity. */
    private void assertHandedOverWhole(Path scratch, boolean renamed) throws IOException {
        Path trained = Files.createDirectories(scratch.resolve("runs/iris-02-20261207-220000"));
        byte[] numbers = new byte[1 << 20];
        new SplittableRandom(2).nextBytes(numbers);
        Files.write(Files.createDirectory(trained.resolve("checkpoints")).resolve("epoch-0001.npz"), numbers);
        Files.writeString(
                trained.resolve("summary.txt"),
                "run " + trained + "\ndata " + scratch.resolve("files/iris.csv") + "\n");

        Object checkpointBefore = renamed ? fileKey(trained.resolve("checkpoints/epoch-0001.npz")) : null;

        HandedOverRun run = HandedOverRun.handOver(
                trained, text -> text.replace(scratch.resolve("files").toString(), "/home/me/data"), sweep);

        Path folder = Path.of(run.folder());
        if (renamed) {
            assertEquals(
                    checkpointBefore,
                    fileKey(folder.resolve("checkpoints/epoch-0001.npz")),
                    "the same file, renamed, not a copy");
        }
        assertEquals(sweep, folder.getParent());
        assertTrue(folder.getFileName().toString().matches("\\.iris-02-20261207-220000-[-0-9a-f]{36}\\.partial"));
        Path placed = run.writeUnder(sweep);
        assertEquals(sweep.resolve("iris-02-20261207-220000"), placed);
        assertArrayEquals(numbers, Files.readAllBytes(placed.resolve("checkpoints/epoch-0001.npz")));
        assertEquals(
                "run " + placed + "\ndata /home/me/data/iris.csv\n", Files.readString(placed.resolve("summary.txt")));
        try (Stream<Path> left = Files.list(sweep)) {
            assertEquals(
                    0,
                    left.filter(p -> p.getFileName().toString().endsWith(".partial"))
                            .count(),
                    "no hidden copy left");
        }
    }

    /** The file's identity (device and inode on Linux); a copy has another, a renamed file the same. */
    private static Object fileKey(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        Assumptions.assumeTrue(key != null, "this file system gives files no identity");
        return key;
    }
}
