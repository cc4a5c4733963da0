package org.deltanet.data.idx;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, raw or gzipped, optionally cut short. */
final class IdxWriter {

    private IdxWriter() {}

    /** The bytes of an IDX file: magic, dimensions, then the payload. */
    static byte[] idx(int magic, int[] dimensions, byte[] payload) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            for (int dimension : dimensions) {
                out.writeInt(dimension);
            }
            out.write(payload);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    static byte[] images(int count, int rows, int columns, byte[] pixels) {
        return idx(IdxFile.IMAGE_MAGIC, new int[] {count, rows, columns}, pixels);
    }

    static byte[] labels(byte[] labels) {
        return idx(IdxFile.LABEL_MAGIC, new int[] {labels.length}, labels);
    }

    static Path write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out =
                gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }
}
