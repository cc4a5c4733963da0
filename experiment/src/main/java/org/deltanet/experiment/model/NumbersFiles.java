package org.deltanet.experiment.model;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import org.deltanet.experiment.yaml.YamlPath;
import org.deltanet.files.AtomicFiles;
import org.deltanet.files.HeapLimits;

/**
 * Writes and reads the {@code .npz} numbers file beside a model or checkpoint document. The
 * numbers are written (atomically) first and the document, which names them with their size and
 * CRC-32C, last: the document is the manifest, so a reader finds either a document whose numbers
 * are whole, or no document.
 */
final class NumbersFiles {

    private NumbersFiles() {}

    /** The numbers file of a document: {@code model.yaml} has {@code model.npz}. */
    static Path beside(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return document.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".npz");
    }

    /**
     * Writes the arrays atomically beside {@code document}.
     *
     * @return the reference to record in the document
     */
    static NumbersReference write(Path document, Map<String, NumpyArchive.Tensor> tensors) throws IOException {
        Path file = beside(document);
        NumbersReference[] reference = new NumbersReference[1];
        AtomicFiles.write(file, out -> reference[0] = encode(file, tensors, out));
        return reference[0];
    }

    /**
     * Writes the arrays as the {@code .npz} archive {@code file} to {@code out}, counting its bytes
     * and CRC-32C as they pass.
     *
     * @return the reference to record in the document
     */
    static NumbersReference encode(Path file, Map<String, NumpyArchive.Tensor> tensors, OutputStream out)
            throws IOException {
        long[] size = new long[1];
        CRC32C crc = new CRC32C();
        OutputStream counted = new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                crc.update(b);
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                crc.update(b, off, len);
                size[0] += len;
            }
        };
        NumpyArchive.write(counted, tensors);
        counted.flush();
        return new NumbersReference(file.getFileName().toString(), size[0], hex(crc.getValue()));
    }

    /**
     * Reads the arrays a document names.
     *
     * @param at where the {@code numbers} key is, for messages
     * @throws ModelFileException if the file is missing, of another size or checksum, or not an
     *         archive of float64 and float32 arrays
     */
    static Map<String, NumpyArchive.Tensor> read(Path document, YamlPath at, NumbersReference reference) {
        if (reference.file() == null
                || reference.file().isEmpty()
                || reference.file().contains("/")
                || reference.file().contains("\\")
                || reference.file().startsWith(".")) {
            throw ModelFileException.at(
                    document,
                    at.key("file"),
                    "numbers file '" + reference.file()
                            + "' must be a file name in the same directory, e.g. model.npz");
        }
        Path file = document.resolveSibling(reference.file());
        CRC32C crc = new CRC32C();
        Map<String, NumpyArchive.Tensor> tensors = null;
        IOException unreadable = null;
        try {
            long size = Files.size(file);
            if (size != reference.bytes()) {
                throw mismatch(document, at, file, size + " bytes", reference);
            }
            // the numbers parsed, which float32 arrays widen to twice their bytes
            HeapLimits.problem("the numbers file " + file.getFileName(), size / Float.BYTES, HeapLimits.times(size, 2))
                    .ifPresent(problem -> {
                        throw ModelFileException.at(document, at.key("bytes"), problem);
                    });
            try (CheckedInputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
                try {
                    tensors = NumpyArchive.read(new BufferedInputStream(in, 1 << 16), size);
                } catch (IOException e) {
                    unreadable = e;
                }
                // the rest (the archive's directory) counts in the checksum too
                in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (NoSuchFileException e) {
            throw ModelFileException.at(
                    document,
                    at.key("file"),
                    "the numbers file " + file + " is missing; keep it beside " + document.getFileName());
        } catch (IOException e) {
            throw ModelFileException.at(
                    document, at.key("file"), "the numbers file " + file + " cannot be read: " + e.getMessage());
        }
        // a damaged or replaced file is reported as such, whatever its damage made unreadable
        if (!hex(crc.getValue()).equalsIgnoreCase(String.valueOf(reference.crc32c()))) {
            throw mismatch(document, at, file, reference.bytes() + " bytes, CRC-32C " + hex(crc.getValue()), reference);
        }
        if (unreadable != null) {
            throw ModelFileException.at(document, at.key("file"), file.getFileName() + ": " + unreadable.getMessage());
        }
        return tensors;
    }

    private static ModelFileException mismatch(
            Path document, YamlPath at, Path file, String found, NumbersReference reference) {
        return ModelFileException.at(
                document,
                at,
                "the numbers file " + file + " does not match this document (" + found + "; the document says "
                        + reference.bytes() + " bytes, " + reference.crc32c()
                        + "): it was replaced, or a save was cut short; use the files written together");
    }

    private static String hex(long crc) {
        return String.format("%08x", crc);
    }
}
