package org.deltanet.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.deltanet.files.MissingFiles;

/** Opens data files, gzipped or not, and turns I/O failures into {@link DataException}s. */
public final class DataFiles {

    private static final int BUFFER = 1 << 16;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private DataFiles() {}

    /**
     * Opens a file for reading. Gzip data is recognised by its two magic bytes, whatever the
     * file's name, and decompressed on the fly.
     *
     * @throws DataException if the file is missing, a directory, unreadable or a broken gzip file
     */
    public static InputStream open(Path file) {
        if (!Files.exists(file)) {
            throw new DataException(file, MissingFiles.problem(file));
        }
        if (Files.isDirectory(file)) {
            throw new DataException(file, "is a directory, expected a data file");
        }
        InputStream raw = null;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
            raw.mark(2);
            boolean gzip = raw.read() == GZIP_MAGIC_1 && raw.read() == GZIP_MAGIC_2;
            raw.reset();
            return gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
        } catch (IOException e) {
            closeQuietly(raw, e);
            throw failure(file, e);
        }
    }

    /** A readable message for an I/O failure while reading {@code file}. */
    public static DataException failure(Path file, IOException e) {
        String problem;
        if (e instanceof EOFException) {
            problem = "truncated: the file ends early";
        } else if (e instanceof ZipException) {
            problem = "corrupt gzip data (" + e.getMessage() + ")";
        } else if (e instanceof CharacterCodingException) {
            problem = "is not UTF-8 text";
        } else if (e instanceof AccessDeniedException) {
            problem = "cannot be read: permission denied";
        } else {
            problem = "cannot be read: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
        DataException failure = new DataException(file, problem);
        failure.initCause(e);
        return failure;
    }

    private static void closeQuietly(InputStream in, IOException pending) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            pending.addSuppressed(e);
        }
    }
}
