package org.deltanet.rundir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The claim of one process on a run directory while it trains it: an operating-system lock on the
 * directory's {@code LOCK} file, which holds the owner's process id. The lock goes when the owner
 * closes it or dies (also by SIGKILL), so a crashed run can be resumed at once; the file stays.
 *
 * <p>Example:
 * <pre>{@code
 * try (RunLock lock = RunLock.acquire(run.path())) {
 *     ... train, append to metrics.csv, write checkpoints ...
 * }
 * }</pre>
 */
public final class RunLock implements AutoCloseable {

    /** The lock file's name in the run directory. */
    public static final String FILE = "LOCK";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code directory} for this process.
     *
     * @throws HeldException if another process (or another run in this one) holds it
     * @throws IOException   if the lock file cannot be written
     */
    public static RunLock acquire(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new HeldException(directory, owner(file));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new RunLock(channel, lock);
    }

    private static String owner(Path file) {
        try {
            String text = Files.readString(file).strip();
            return text.matches("\\d{1,19}") ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Releases the claim; closing the channel releases the lock even if releasing it fails first. */
    @Override
    public void close() {
        try (FileChannel closing = channel) {
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + FILE + ": " + e.getMessage(), e);
        }
    }

    /** Another process trains the run directory now. */
    public static final class HeldException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String owner;

        HeldException(Path directory, String owner) {
            super(directory + " is being trained by process " + owner + " now; wait for it to finish, or stop it "
                    + "and then resume");
            this.owner = owner;
        }

        /** The process id written by the lock's holder, or {@code unknown}. */
        public String owner() {
            return owner;
        }
    }
}
