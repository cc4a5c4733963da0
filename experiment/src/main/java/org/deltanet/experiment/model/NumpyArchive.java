package org.deltanet.experiment.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
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
 * Named arrays of little-endian float64 or float32 in NumPy's {@code .npz} format: a zip archive
 * with one {@code NAME.npy} entry per array, stored uncompressed, each in the NPY 1.0 format (magic
 * {@code \x93NUMPY}, version, a header dictionary padded to 64 bytes, then the raw data in C order).
 * Python reads it as it is: {@code numpy.load("model.npz")["layer1.weights"]}.
 *
 * <p>Writing and reading are linear in the number of values, stream the data a chunk at a time and
 * hold no copy of an array's bytes: no text conversion, no archive in memory.
 */
final class NumpyArchive {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    /**
     * Values converted to or from bytes at a time: an array is never copied whole (one 1024x8192
     * weight matrix is 67 MB, and its copy made a checkpoint run out of heap where training fitted).
     */
    private static final int CHUNK_VALUES = 8192;

    /** The longest NPY header read (NumPy itself reads 10,000 characters unless told otherwise). */
    private static final int MAX_HEADER = 1 << 16;

    private static final Pattern HEADER = Pattern.compile(
            "\\{\\s*'descr':\\s*'([^']*)',\\s*'fortran_order':\\s*(True|False),\\s*'shape':\\s*\\(([^)]*)\\),?\\s*}\\s*");

    /** How an array's values are stored: NumPy's little-endian {@code float64} or {@code float32}. */
    enum Storage {
        FLOAT64("<f8", Double.BYTES),
        FLOAT32("<f4", Float.BYTES);

        private final String descr;
        private final int bytes;

        Storage(String descr, int bytes) {
            this.descr = descr;
            this.bytes = bytes;
        }

        /** The storage whose NPY {@code descr} this is, if deltanet reads it. */
        static Optional<Storage> of(String descr) {
            return Arrays.stream(values()).filter(s -> s.descr.equals(descr)).findFirst();
        }
    }

    /**
     * One array: its shape (rows, columns; or just length), its values in row-major order (in double,
     * whatever the storage), and how the file stores them.
     */
    record Tensor(int[] shape, double[] values, Storage storage) {
        Tensor {
            long size = 1;
            for (int dimension : shape) {
                size *= dimension;
            }
            if (size != values.length) {
                throw new IllegalArgumentException(
                        "shape " + Arrays.toString(shape) + " holds " + size + " values, got " + values.length);
            }
            if (storage == Storage.FLOAT32 && !allFloats(values)) {
                throw new IllegalArgumentException("values that are not all float values cannot be stored as float32");
            }
        }

        static Tensor vector(double[] values) {
            return new Tensor(new int[] {values.length}, values, Storage.FLOAT64);
        }

        static Tensor matrix(int rows, int columns, double[] values) {
            return new Tensor(new int[] {rows, columns}, values, Storage.FLOAT64);
        }

        /**
         * This array stored as float32 if that loses nothing (every value is a float value, bit for
         * bit), else as it is: the numbers of a float32 run take half the bytes.
         */
        Tensor narrowed() {
            return storage == Storage.FLOAT32 || !allFloats(values) ? this : new Tensor(shape, values, Storage.FLOAT32);
        }

        private static boolean allFloats(double[] values) {
            for (double value : values) {
                if (Double.doubleToRawLongBits((float) value) != Double.doubleToRawLongBits(value)) {
                    return false;
                }
            }
            return true;
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
        ByteBuffer chunk = ByteBuffer.allocate(Double.BYTES * CHUNK_VALUES).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<String, Tensor> named : tensors.entrySet()) {
            Tensor tensor = named.getValue();
            byte[] header = header(tensor.storage(), tensor.shape());
            // a stored entry's size and CRC come before its data: one pass to sum, one to write
            CRC32 crc = new CRC32();
            crc.update(header);
            inChunks(tensor, chunk, crc::update);
            long size = header.length + (long) tensor.storage().bytes * tensor.values().length;
            ZipEntry entry = new ZipEntry(named.getKey() + ".npy");
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(crc.getValue());
            entry.setTime(0);
            zip.putNextEntry(entry);
            zip.write(header);
            inChunks(tensor, chunk, zip::write);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Where {@link #inChunks} puts each chunk's bytes. */
    @FunctionalInterface
    private interface ByteSink {
        void accept(byte[] bytes, int offset, int length) throws IOException;
    }

    /** Hands the tensor's values to {@code sink} as little-endian bytes, {@value #CHUNK_VALUES} values at a time. */
    private static void inChunks(Tensor tensor, ByteBuffer chunk, ByteSink sink) throws IOException {
        double[] values = tensor.values();
        for (int from = 0; from < values.length; from += CHUNK_VALUES) {
            int count = Math.min(CHUNK_VALUES, values.length - from);
            chunk.clear();
            if (tensor.storage() == Storage.FLOAT64) {
                chunk.asDoubleBuffer().put(values, from, count);
            } else {
                FloatBuffer floats = chunk.asFloatBuffer();
                for (int i = 0; i < count; i++) {
                    floats.put(i, (float) values[from + i]);
                }
            }
            sink.accept(chunk.array(), 0, tensor.storage().bytes * count);
        }
    }

    /** Magic, version 1.0, header length and the padded header dictionary. */
    private static byte[] header(Storage storage, int[] shape) {
        StringBuilder dims = new StringBuilder();
        for (int dimension : shape) {
            dims.append(dimension).append(", ");
        }
        String shapeText = shape.length == 1
                ? dims.substring(0, dims.length() - 1)
                : dims.substring(0, Math.max(0, dims.length() - 2));
        String dictionary =
                "{'descr': '" + storage.descr + "', 'fortran_order': False, 'shape': (" + shapeText + "), }";
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
     * Reads every array of an archive from {@code in}, up to the last entry; what follows (the
     * archive's directory) is left unread.
     *
     * <p>Entries must be stored uncompressed, so that no entry holds more bytes than the archive
     * (no archive can unpack to more memory than it takes), and each array's declared shape is
     * checked against the bytes its entry holds, in {@code long} arithmetic, before its values are
     * allocated.
     *
     * @param in       not closed
     * @param maxBytes the archive's size: no entry may claim more
     * @throws IOException with a short reason if an entry is not an uncompressed {@code .npy} array of
     *         float64 or float32, or is cut short
     */
    static Map<String, Tensor> read(InputStream in, long maxBytes) throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        ZipInputStream zip = new ZipInputStream(in);
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
            if (entry.getSize() < 0 || entry.getSize() > maxBytes) {
                throw new IOException(
                        "array '" + key + "' claims " + entry.getSize() + " bytes in an archive of " + maxBytes);
            }
            tensors.put(key, parse(key, zip, entry.getSize()));
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

    /**
     * One {@code .npy} array of little-endian float64 or float32 in C order, read from {@code npy},
     * which holds exactly {@code size} bytes of it; float32 values are widened to double (exactly).
     */
    static Tensor parse(String name, InputStream npy, long size) throws IOException {
        byte[] prefix = npy.readNBytes(MAGIC.length + 2);
        if (prefix.length < MAGIC.length + 2 || !Arrays.equals(Arrays.copyOf(prefix, MAGIC.length), MAGIC)) {
            throw new IOException("array '" + name + "' is not in the NPY format");
        }
        int lengthBytes = prefix[MAGIC.length] == 1 ? 2 : 4;
        byte[] length = npy.readNBytes(lengthBytes);
        if (length.length < lengthBytes) {
            throw new IOException("array '" + name + "' is cut short");
        }
        ByteBuffer lengthBuffer = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = lengthBytes == 2
                ? Short.toUnsignedInt(lengthBuffer.getShort())
                : Integer.toUnsignedLong(lengthBuffer.getInt());
        long dataStart = prefix.length + lengthBytes + headerLength;
        if (dataStart > size) {
            throw new IOException("array '" + name + "' is cut short");
        }
        if (headerLength > MAX_HEADER) {
            throw new IOException("array '" + name + "' has a header of " + headerLength
                    + " bytes; NPY headers are a short line (deltanet reads up to " + MAX_HEADER + ")");
        }
        byte[] headerBytes = npy.readNBytes((int) headerLength);
        if (headerBytes.length < headerLength) {
            throw new IOException("array '" + name + "' is cut short");
        }
        String header = new String(headerBytes, StandardCharsets.ISO_8859_1).trim();
        Matcher matcher = HEADER.matcher(header);
        if (!matcher.matches()) {
            throw new IOException("array '" + name + "' has an unreadable NPY header: " + header);
        }
        Optional<Storage> storage = Storage.of(matcher.group(1));
        if (storage.isEmpty() || matcher.group(2).equals("True")) {
            throw new IOException("array '" + name + "' is " + matcher.group(1)
                    + (matcher.group(2).equals("True") ? " in Fortran order" : "")
                    + "; deltanet reads little-endian float64 ('<f8') or float32 ('<f4') in C order");
        }
        int[] shape = shape(name, matcher.group(3));
        long count = 1;
        for (int dimension : shape) {
            count = HeapLimits.times(count, dimension);
        }
        if (HeapLimits.times(count, storage.get().bytes) != size - dataStart) {
            throw new IOException("array '" + name + "' has shape " + Arrays.toString(shape) + ", "
                    + (count == Long.MAX_VALUE ? "more numbers than a long counts" : count + " numbers") + ", but "
                    + (size - dataStart) + " bytes of data");
        }
        double[] values = new double[(int) count];
        readValues(name, npy, storage.get(), values);
        return new Tensor(shape, values, storage.get());
    }

    /** Fills {@code values} from the little-endian data that follows an array's header, a chunk at a time. */
    private static void readValues(String name, InputStream npy, Storage storage, double[] values) throws IOException {
        byte[] chunk = new byte[storage.bytes * Math.min(CHUNK_VALUES, values.length)];
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < values.length; from += CHUNK_VALUES) {
            int count = Math.min(CHUNK_VALUES, values.length - from);
            if (npy.readNBytes(chunk, 0, storage.bytes * count) < storage.bytes * count) {
                throw new IOException("array '" + name + "' is cut short");
            }
            if (storage == Storage.FLOAT64) {
                buffer.asDoubleBuffer().get(values, from, count);
            } else {
                FloatBuffer floats = buffer.asFloatBuffer();
                for (int i = 0; i < count; i++) {
                    values[from + i] = floats.get(i);
                }
            }
        }
    }
}
