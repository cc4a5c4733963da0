package org.deltanet.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file a user gives (an experiment file) with a limit on its size, decoding it as
 * UTF-8 strictly: a file larger than the limit, an endless one ({@code /dev/zero}, a pipe) or one
 * in another encoding is refused with a message, after reading at most the limit plus one byte.
 *
 * <p>Example: {@code TextFiles.read(file, TextFiles.EXPERIMENT_LIMIT)}.
 */
public final class TextFiles {

    /**
     * 512 KiB: hundreds of times the largest example (under 2 KB), room for a file with explicit
     * weights of tens of thousands of parameters, and small enough that the YAML parser's worst
     * case (one quoted value filling the file, which it scans in time growing with the square of
     * its length) stays within a few seconds.
     */
    public static final int EXPERIMENT_LIMIT = 512 * 1024;

    private TextFiles() {}

    /**
     * @param limit the most bytes the file may have
     * @throws LimitException if the file is larger, or not UTF-8 text
     * @throws IOException    if it cannot be read
     */
    public static String read(Path file, int limit) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw new LimitException("the file is larger than " + HeapLimits.size(limit) + ", more than any experiment "
                    + "needs; give large weights as a model file (--initial-model), not inline");
        }
        return utf8(bytes);
    }

    private static String utf8(byte[] bytes) throws LimitException {
        if (bytes.length >= 2
                && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                        || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new LimitException("the file is UTF-16 text; save it as UTF-8");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new LimitException("the file is not UTF-8 text (" + e.getMessage() + "); save it as UTF-8");
        }
    }

    /** A file refused for its size or encoding; the message says which and what to do. */
    public static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitException(String message) {
            super(message);
        }
    }
}
