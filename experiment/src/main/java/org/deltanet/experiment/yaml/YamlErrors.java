package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the exceptions of reading a YAML file into one readable line: where (file, line and
 * column of the key), what is wrong and what would be right.
 * <pre>
 * examples/xor.yaml:7:3: unknown key 'learning-rat' in optimizer; did you mean 'learning-rate'?
 * model.yaml:5:5: missing key 'units' in layers[1]
 * model.yaml:6:12: layers[1].units: expected a whole number, got 'three'
 * model.yaml:3:9: invalid YAML: mapping values are not allowed here
 * </pre>
 * Paths are written {@code layers[1].units} with 0-based list positions.
 *
 * <p>Unknown and missing keys and values of the wrong kind are found on the parsed tree by
 * {@link TreeCheck}, which names their path; a record's own checks come from Jackson with the path
 * of the record. Either way the path is found again in the file's tokens for its line and column:
 * Jackson places errors about a record at the end of its mapping, not at the offending key.
 */
public final class YamlErrors {

    private static final YAMLFactory TOKENS = new YAMLFactory();
    /** How Jackson rejects a mapping or list used as a key; its message names parser internals. */
    private static final String COMPLEX_KEY = "Expected a field name";
    /** How Jackson rejects a second document; its message names a deserialization feature. */
    private static final String TRAILING = "Trailing token";

    private YamlErrors() {}

    /**
     * One line describing a problem Jackson found while reading {@code file}.
     *
     * @param file the file that was read; read again to locate the error
     */
    public static String describe(Path file, JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return where(file, limit.getLocation()) + ": mappings and lists nest deeper than "
                        + YamlMappers.MAX_NESTING + " levels; deltanet files need fewer than ten";
            }
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(TRAILING)) {
            return where(file, e.getLocation()) + ": the file holds a second YAML document (after '---'); "
                    + "a deltanet file holds one: remove the second or put it in a file of its own";
        }
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            return where(file, syntaxLocation(syntax)) + ": invalid YAML: " + syntaxProblem(syntax);
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return where(file, e.getLocation()) + ": " + e.getOriginalMessage();
        }
        YamlPath path = e instanceof TreeProblem tree ? tree.path() : YamlPath.of(mapping.getPath());
        byte[] source = read(file);
        JsonLocation location =
                source == null ? null : YamlLocator.find(TOKENS, source, path).orElse(null);
        return where(file, location != null ? location : e.getLocation()) + ": " + problem(mapping, path);
    }

    /**
     * One line describing a problem Jackson found in YAML that was built in memory rather than
     * read from a file (an experiment with {@code --set} overrides applied): no line and column,
     * but the key path and what would be right.
     *
     * @param where names what was read, e.g. {@code xor.yaml with --set training.epochs=0}
     */
    public static String describe(String where, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return where + ": " + e.getOriginalMessage();
        }
        return where + ": " + problem(mapping, YamlPath.of(mapping.getPath()));
    }

    /**
     * {@code file:line:column} of the value at {@code path} in the file (of its key, when the path
     * ends in a key), or of the nearest enclosing value present; just the file when it cannot be
     * read.
     */
    public static String where(Path file, YamlPath path) {
        byte[] source = read(file);
        return source == null
                ? file.toString()
                : YamlLocator.find(TOKENS, source, path)
                        .map(found -> where(file, found))
                        .orElse(file.toString());
    }

    private static String where(Path file, JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? file.toString()
                : file + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    /** The file's bytes, or null when it cannot be read. */
    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The YAML syntax error behind {@code e} (binding wraps those met inside a value), or null; a
     * number too large for its type is a wrong value, not a syntax error.
     */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax && !(cause instanceof InputCoercionException)) {
                return syntax;
            }
        }
        return null;
    }

    /**
     * Where a syntax error is: the place of the problem itself. Jackson's own location is sometimes
     * the end of the line before it (a tab used for indentation) or a character of the construct
     * being read (an unclosed quote); {@link #syntaxProblem} gives where that construct began.
     */
    private static JsonLocation syntaxLocation(StreamReadException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return new JsonLocation(
                    ContentReference.unknown(),
                    -1,
                    yaml.getProblemMark().getLine() + 1,
                    yaml.getProblemMark().getColumn() + 1);
        }
        return e.getLocation();
    }

    private static String syntaxProblem(StreamReadException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            Mark start = yaml.getContextMark();
            return yaml.getProblem()
                    + (yaml.getContext() == null
                            ? ""
                            : " (" + yaml.getContext()
                                    + (start == null
                                            ? ""
                                            : " at " + (start.getLine() + 1) + ":" + (start.getColumn() + 1))
                                    + ")");
        }
        String message = e.getOriginalMessage();
        if (message.startsWith(COMPLEX_KEY)) {
            return "a key must be a plain name, not a mapping or a list";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * What is wrong: a {@link TreeProblem}'s own description, or a record's check (Jackson wraps
     * what the constructor threw) or a custom deserializer's message, after the path.
     */
    private static String problem(JsonMappingException e, YamlPath path) {
        if (e instanceof TreeProblem) {
            return e.getOriginalMessage();
        }
        String at = path.isRoot() ? "" : path + ": ";
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return at + e.getCause().getMessage();
        }
        return at + e.getOriginalMessage();
    }
}
