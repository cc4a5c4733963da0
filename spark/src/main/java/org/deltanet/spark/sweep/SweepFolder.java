package org.deltanet.spark.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.deltanet.files.AtomicFiles;

/**
 * The sweep directory as a task finds it. The driver marks the directory with a new random token
 * ({@value #TOKEN_FILE}) before it submits the variants; a task that reads the same token at the
 * same path sees the driver's directory itself (local mode, or a cluster whose executors share
 * the driver's file system, such as an NFS home folder), and hands its run directory over there on
 * disk ({@link HandedOverRun}); any other task sends it as bytes ({@link RunFiles}). A path alone
 * would not do: an executor's machine may have a folder of the same name that is not the driver's.
 *
 * @param path  the sweep directory's absolute path on the driver
 * @param token the token the driver wrote into it for this session
 * @param local whether tasks run in the driver's own JVM (local mode), where they also train in it
 */
record SweepFolder(String path, String token, boolean local) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The token's file in the sweep directory, hidden; deleted when the sweep ends. */
    static final String TOKEN_FILE = ".deltanet-sweep-token";

    /** On the driver: marks {@code directory} with a new token for this session's tasks. */
    static SweepFolder mark(Path directory, boolean local) throws IOException {
        String token = UUID.randomUUID().toString();
        AtomicFiles.write(directory.resolve(TOKEN_FILE), token);
        return new SweepFolder(directory.toAbsolutePath().toString(), token, local);
    }

    /** The sweep directory, at the driver's path. */
    Path directory() {
        return Path.of(path);
    }

    /**
     * In a task: whether this JVM sees the driver's sweep directory itself (its token file holds
     * this session's token) and may write to it.
     */
    boolean visible() {
        Path directory = directory();
        try {
            return Files.isWritable(directory)
                    && token.equals(Files.readString(directory.resolve(TOKEN_FILE), StandardCharsets.US_ASCII));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
