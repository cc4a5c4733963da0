package org.deltanet.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

/** Small IDX files (MNIST's format) and gzip streams spoilt on purpose, for hostile-input cases. */
final class Idx {

    private Idx() {}

    /** A header: the magic number, then each dimension, big-endian. */
    static byte[] header(int magic, int... dimensions) {
        ByteBuffer buffer =
                ByteBuffer.allocate(Integer.BYTES * (1 + dimensions.length)).putInt(magic);
        for (int dimension : dimensions) {
            buffer.putInt(dimension);
        }
        return buffer.array();
    }

    /** {@code count} images of {@code rows x columns} pixels, pixel {@code i} of the file holding {@code i % 256}. */
    static byte[] images(int count, int rows, int columns) {
        byte[] pixels = new byte[count * rows * columns];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) i;
        }
        return concat(header(2051, count, rows, columns), pixels);
    }

    /** {@code count} labels 0, 1, 2, ..., 9, 0, ... */
    static byte[] labels(int count) {
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 10);
        }
        return concat(header(2049, count), labels);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The gzip stream with one bit of its CRC-32 (the trailer's first four bytes) flipped. */
    static byte[] badChecksum(byte[] gzip) {
        byte[] spoilt = gzip.clone();
        spoilt[spoilt.length - 8] ^= 1;
        return spoilt;
    }

    /** The gzip stream with its trailer's length (the last four bytes) off by one. */
    static byte[] badLength(byte[] gzip) {
        byte[] spoilt = gzip.clone();
        spoilt[spoilt.length - 4] ^= 1;
        return spoilt;
    }
}
