package org.deltanet.data.idx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.deltanet.data.DataException;
import org.deltanet.data.DataFiles;
import org.deltanet.files.HeapLimits;

/**
 * Reads the unsigned-byte IDX files of the MNIST distribution, gzipped or raw: a big-endian
 * header (magic number 2051 and image count, rows, columns for images; magic 2049 and count for
 * labels) followed by one byte per pixel or label.
 */
final class IdxFile {

    static final int LABEL_MAGIC = 2049;
    static final int IMAGE_MAGIC = 2051;
    private static final int MAX_BYTES = Integer.MAX_VALUE - 8;

    /**
     * The images of an image file.
     *
     * @param count   number of images
     * @param rows    pixel rows per image
     * @param columns pixel columns per image
     * @param pixels  {@code count x rows x columns} bytes, image after image, row-major
     */
    record Images(int count, int rows, int columns, byte[] pixels) {}

    private IdxFile() {}

    /** Reads an image file (magic 2051). */
    static Images readImages(Path file) {
        try (InputStream in = DataFiles.open(file)) {
            ByteBuffer header = header(file, in, IMAGE_MAGIC, 3);
            int count = header.getInt();
            int rows = header.getInt();
            int columns = header.getInt();
            if (count < 1 || rows < 1 || columns < 1) {
                throw new DataException(
                        file,
                        "the header announces " + count + " images of " + rows + "x" + columns
                                + " pixels; expected at least one image of at least 1x1");
            }
            long size = HeapLimits.times(HeapLimits.times(count, rows), columns);
            String what = count + " images of " + rows + "x" + columns + " pixels";
            if (size > MAX_BYTES) {
                throw new DataException(file, what + " are too many to hold in memory at once");
            }
            fits(file, "reading " + what, size);
            return new Images(count, rows, columns, payload(file, in, (int) size, what));
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }

    /** Reads a label file (magic 2049): one byte per example. */
    static byte[] readLabels(Path file) {
        try (InputStream in = DataFiles.open(file)) {
            int count = header(file, in, LABEL_MAGIC, 1).getInt();
            if (count < 1) {
                throw new DataException(file, "the header announces " + count + " labels; expected at least one");
            }
            fits(file, "reading " + count + " labels", count);
            return payload(file, in, count, count + " labels");
        } catch (IOException e) {
            throw DataFiles.failure(file, e);
        }
    }

    /** Reads and checks the magic number; returns the dimensions, positioned at the first. */
    private static ByteBuffer header(Path file, InputStream in, int magic, int dimensions) throws IOException {
        byte[] bytes = new byte[Integer.BYTES * (1 + dimensions)];
        int read = in.readNBytes(bytes, 0, Integer.BYTES);
        String kind = magic == IMAGE_MAGIC ? "image" : "label";
        if (read < Integer.BYTES) {
            throw new DataException(file, "not an IDX " + kind + " file (only " + read + " bytes long)");
        }
        int found = ByteBuffer.wrap(bytes).getInt();
        if (found != magic) {
            boolean swapped = found == (magic == IMAGE_MAGIC ? LABEL_MAGIC : IMAGE_MAGIC);
            throw new DataException(
                    file,
                    "not an IDX " + kind + " file (magic " + found + ", expected " + magic + ")"
                            + (swapped ? "; are the image and label files swapped?" : ""));
        }
        read += in.readNBytes(bytes, Integer.BYTES, bytes.length - Integer.BYTES);
        if (read < bytes.length) {
            throw new DataException(
                    file, "truncated: the header ends after " + read + " of " + bytes.length + " bytes");
        }
        return ByteBuffer.wrap(bytes, Integer.BYTES, bytes.length - Integer.BYTES);
    }

    private static byte[] payload(Path file, InputStream in, int size, String what) throws IOException {
        // grows with what the file holds, so a header that overstates the count costs no more memory
        byte[] data = in.readNBytes(size);
        int read = data.length;
        if (read < size) {
            throw new DataException(
                    file,
                    "truncated: the header announces " + what + " (" + size + " bytes) but only " + read
                            + " bytes follow");
        }
        // reading on to the end makes a gzip stream check its trailer: the CRC and the length
        if (in.read() != -1) {
            throw new DataException(
                    file,
                    "more bytes follow the " + what + " its header announces; " + "the header or the file is wrong");
        }
        return data;
    }

    /** Images and labels are kept as bytes, one per pixel or label, for the whole run. */
    private static void fits(Path file, String what, long bytes) {
        HeapLimits.problem(what, bytes, HeapLimits.plus(bytes, bytes)).ifPresent(problem -> {
            throw new DataException(file, problem);
        });
    }
}
