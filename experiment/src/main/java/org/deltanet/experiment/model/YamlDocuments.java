package org.deltanet.experiment.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.deltanet.experiment.yaml.TreeCheck;
import org.deltanet.experiment.yaml.YamlErrors;
import org.deltanet.experiment.yaml.YamlMappers;
import org.deltanet.files.AtomicFiles;
import org.deltanet.files.MissingFiles;

/** Reads and writes the YAML documents of model and checkpoint files, with readable errors. */
final class YamlDocuments {

    private static final YAMLMapper MAPPER = YamlMappers.create();
    private static final ObjectWriter WRITER = MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private YamlDocuments() {}

    /** A document with the version its file declares. */
    record Versioned<T>(T document, int version) {}

    /**
     * Reads a file that must declare {@code format}, and binds it to {@code type}.
     *
     * @throws ModelFileException if the file is missing, of another format or version, or not valid
     *         YAML for the type
     */
    static <T> Versioned<T> read(Path file, DocumentFormat format, Class<T> type) {
        try {
            byte[] source = Files.readAllBytes(file);
            YAMLMapper mapper = YamlMappers.forDocumentOf(source.length);
            int version = format.check(file, source, mapper);
            return new Versioned<>(TreeCheck.read(mapper, source, type), version);
        } catch (JsonProcessingException e) {
            throw new ModelFileException(YamlErrors.describe(file, e), e);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file + ": " + MissingFiles.problem(file), e);
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot be read: " + reason(e, file), e);
        }
    }

    /**
     * Writes the numbers beside the document, then the document naming them, each atomically: a
     * reader sees the old document, or the new one with its numbers whole.
     *
     * @param document makes the document from the reference to the numbers file
     * @throws ModelFileException if it cannot be written
     */
    static void write(
            Path file, Map<String, NumpyArchive.Tensor> numbers, Function<NumbersReference, Object> document) {
        try {
            NumbersReference reference = NumbersFiles.write(file, numbers);
            Object text = document.apply(reference);
            AtomicFiles.write(file, out -> WRITER.writeValue(out, text));
        } catch (IOException e) {
            throw new ModelFileException(file + ": cannot be written: " + reason(e, file), e);
        }
    }

    /**
     * Encodes the document and its numbers exactly as {@link #write} does and throws the bytes away:
     * the same code runs and no file is touched, to warm up a writer
     * ({@link CheckpointListener#onWarmUp}).
     */
    static void encode(
            Path file, Map<String, NumpyArchive.Tensor> numbers, Function<NumbersReference, Object> document) {
        try {
            NumbersReference reference =
                    NumbersFiles.encode(NumbersFiles.beside(file), numbers, OutputStream.nullOutputStream());
            WRITER.writeValue(OutputStream.nullOutputStream(), document.apply(reference));
        } catch (IOException e) {
            throw new UncheckedIOException("encoding " + file + " into memory failed", e);
        }
    }

    /** What went wrong, in the file system's words where it has any. */
    private static String reason(IOException e, Path file) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the directory " + file.toAbsolutePath().getParent() + " does not exist";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
