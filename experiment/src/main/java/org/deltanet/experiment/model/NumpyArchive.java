package org.deltanet.experiment.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deltanet.files.HeapLimits;

/**
 * Named arrays of little-endian float64 in NumPy's {@code .npz} format: a zip archive with one
 * {@code NAME.npy} entry per array, stored uncompressed, each in the NPY 1.0 format (magic
 * {@code \x93NUMPY}, version, a header dictionary padded to 64 bytes, then the raw data in C order).
 * Python reads it as it is: {@code numpy.load("model.npz")["layer1.weights"]}.
 *
 * <p>Writing and reading are linear in the number of values: no text conversion.
 */
final class NumpyArchive {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    /**
     * Values converted to bytes at a time while writing: an array is never copied whole (one
     * 1024x8192 weight matrix is 67 MB, and its copy made a checkpoint run out of heap where
     * training fitted).
     */
    private static final int CHUNK_VALUES = 8192;

    private static final Pattern HEADER = Pattern.compile(
            "\\{\\s*'descr':\\s*'([^']*)',\\s*'fortran_order':\\s*(True|False),\\s*'shape':\\s*\\(([^)]*)\\),?\\s*}\\s*");

    /** One array: its shape (rows, columns; or just length) and its values in row-major order. */
    record Tensor(int[] shape, double[] values) {
        Tensor {
            long size = 1;
            for (int dimension : shape) {
                size *= dimension;
            }
            if (size != values.length) {
                throw new IllegalArgumentException(
                        "shape " + Arrays.toString(shape) + " holds " + size + " values, got " + values.length);
            }
        }

        static Tensor vector(double[] values) {
            return new Tensor(new int[] {values.length}, values);
        }

        static Tensor matrix(int rows, int columns, double[] values) {
            return new Tensor(new int[] {rows, columns}, values);
        }

        /**
         * What is wrong with the array {@code name} of a numbers file where one of {@code shape} is
         * expected: missing ({@code found} null) or of another shape; empty when it fits.
         */
        static Optional<String> mismatch(Tensor found, String name, int... shape) {
            if (found == null) {
                return Optional.of("the numbers file has no array '" + name + "'");
            }
            if (!Arrays.equals(found.shape(), shape)) {
                return Optional.of("array '" + name + "' has shape " + Arrays.toString(found.shape()) + ", expected "
                        + Arrays.toString(shape));
            }
            return Optional.empty();
        }
    }

    private NumpyArchive() {}

    /**
     * Writes the arrays, in order, as one {@code .npz} archive.
     *
     * @param out not closed; the archive is finished when this returns
     */
    static void write(OutputStream out, Map<String, Tensor> tensors) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setMethod(ZipOutputStream.STORED);
        ByteBuffer chunk = ByteBuffer.allocate(8 * CHUNK_VALUES).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<String, Tensor> named : tensors.entrySet()) {
            double[] values = named.getValue().values();
            byte[] header = header(named.getValue().shape());
            // a stored entry's size and CRC come before its data: one pass to sum, one to write
            CRC32 crc = new CRC32();
            crc.update(header);
            inChunks(values, chunk, crc::update);
            long size = header.length + 8L * values.length;
            ZipEntry entry = new ZipEntry(named.getKey() + ".npy");
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(crc.getValue());
            entry.setTime(0);
            zip.putNextEntry(entry);
            zip.write(header);
            inChunks(values, chunk, zip::write);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Where {@link #inChunks} puts each chunk's bytes. */
    @FunctionalInterface
    private interface ByteSink {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }

    /** Hands {@code values} to {@code sink} as little-endian bytes, {@value #CHUNK_VALUES} values at a time. */
    private static void inChunks(double[] values, ByteBuffer chunk, ByteSink sink) throws IOException {
        for (int from = 0; from < values.length; from += CHUNK_VALUES) {
            int count = Math.min(CHUNK_VALUES, values.length - from);
            chunk.clear();
            chunk.asDoubleBuffer().put(values, from, count);
            sink.accept(chunk.array(), 0, 8 * count);
        }
    }

    /** Magic, version 1.0, header length and the padded header dictionary. */
    private static byte[] header(int[] shape) {
        StringBuilder dims = new StringBuilder();
        for (int dimension : shape) {
            dims.append(dimension).append(", ");
        }
        String shapeText = shape.length == 1
                ? dims.substring(0, dims.length() - 1)
                : dims.substring(0, Math.max(0, dims.length() - 2));
        String dictionary = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + shapeText + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dictionary.length() + 1;
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String text = dictionary + " ".repeat(padding) + "\n";
        ByteBuffer buffer =
                ByteBuffer.allocate(MAGIC.length + 4 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
        buffer.put(text.getBytes(StandardCharsets.US_ASCII));
        return buffer.array();
    }

    /**
     * Reads every array of an archive.
     *
     * <p>Entries must be stored uncompressed, so that no entry holds more bytes than the archive
     * (no archive can unpack to more memory than it takes), and each array's declared shape is
     * checked against the bytes it holds, in {@code long} arithmetic, before its values are
     * allocated.
     *
     * @throws IOException with a short reason if an entry is not an uncompressed float64 {@code .npy} array
     */
    static Map<String, Tensor> read(byte[] archive) throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!name.endsWith(".npy")) {
                    throw new IOException("entry '" + name + "' is not a .npy array");
                }
                String key = name.substring(0, name.length() - ".npy".length());
                if (entry.getMethod() != ZipEntry.STORED) {
                    throw new IOException("array '" + key + "' is compressed; deltanet reads arrays stored "
                            + "uncompressed, as numpy.savez writes them (not savez_compressed)");
                }
                tensors.put(key, parse(key, zip.readAllBytes()));
            }
        }
        return tensors;
    }

    /** The dimensions of a shape tuple such as {@code 3, 4}: at most two, each from 0 to {@code Integer.MAX_VALUE}. */
    private static int[] shape(String name, String tuple) throws IOException {
        String[] parts = Arrays.stream(tuple.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
        if (parts.length > 2) {
            throw new IOException("array '" + name + "' has " + parts.length + " dimensions; weights and biases have "
                    + "one or two");
        }
        int[] shape = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("\\d{1,10}") || Long.parseLong(parts[i]) > Integer.MAX_VALUE) {
                throw new IOException("array '" + name + "' has the dimension '"
                        + (parts[i].length() > 20 ? parts[i].substring(0, 20) + "..." : parts[i])
                        + "'; dimensions are whole numbers from 0 to " + Integer.MAX_VALUE);
            }
            shape[i] = Integer.parseInt(parts[i]);
        }
        return shape;
    }

    /** One {@code .npy} array of little-endian float64 in C order. */
    static Tensor parse(String name, byte[] npy) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
        if (npy.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(npy, MAGIC.length), MAGIC)) {
            throw new IOException("array '" + name + "' is not in the NPY format");
        }
        int major = npy[MAGIC.length];
        buffer.position(MAGIC.length + 2);
        if (npy.length < MAGIC.length + 6 && major != 1) {
            throw new IOException("array '" + name + "' is cut short");
        }
        long headerLength =
                major == 1 ? Short.toUnsignedInt(buffer.getShort()) : Integer.toUnsignedLong(buffer.getInt());
        long dataStart = buffer.position() + headerLength;
        if (dataStart > npy.length) {
            throw new IOException("array '" + name + "' is cut short");
        }
        String header = new String(npy, buffer.position(), (int) headerLength, StandardCharsets.ISO_8859_1).trim();
        Matcher matcher = HEADER.matcher(header);
        if (!matcher.matches()) {
            throw new IOException("array '" + name + "' has an unreadable NPY header: " + header);
        }
        if (!matcher.group(1).equals("<f8") || matcher.group(2).equals("True")) {
            throw new IOException("array '" + name + "' is " + matcher.group(1)
                    + (matcher.group(2).equals("True") ? " in Fortran order" : "")
                    + "; deltanet reads little-endian float64 ('<f8') in C order");
        }
        int[] shape = shape(name, matcher.group(3));
        long size = 1;
        for (int dimension : shape) {
            size = HeapLimits.times(size, dimension);
        }
        if (HeapLimits.times(size, Double.BYTES) != npy.length - dataStart) {
            throw new IOException("array '" + name + "' has shape " + Arrays.toString(shape) + ", "
                    + (size == Long.MAX_VALUE ? "more numbers than a long counts" : size + " numbers") + ", but "
                    + (npy.length - dataStart) + " bytes of data");
        }
        double[] values = new double[(int) size];
        buffer.position((int) dataStart);
        buffer.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return new Tensor(shape, values);
    }
}
