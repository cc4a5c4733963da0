package org.deltanet.data.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.deltanet.data.DataException;

/**
 * Passes text through, refusing a NUL character: CSV text never holds one, a binary file or a
 * device such as {@code /dev/zero} is mostly made of them, and the CSV parser would skip them as
 * blanks forever.
 */
final class TextOnly extends FilterReader {

    private final Path file;
    private long offset;

    TextOnly(Path file, Reader in) {
        super(in);
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            check((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int from, int length) throws IOException {
        int count = super.read(buffer, from, length);
        for (int i = from; i < from + count; i++) {
            check(buffer[i]);
        }
        return count;
    }

    private void check(char c) {
        if (c == '\0') {
            throw new DataException(
                    file, "holds a NUL character (character " + (offset + 1) + "): binary data, not CSV text");
        }
        offset++;
    }
}
