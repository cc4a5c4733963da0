package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deltanet.api.NameSuggestions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns Jackson's exceptions about a YAML file into one readable line: where (file, line and
 * column of the key), what is wrong and what would be right.
 * <pre>
 * examples/xor.yaml:7:3: unknown key 'learning-rat' in optimizer; did you mean 'learning-rate'?
 * model.yaml:5:5: missing key 'units' in layers[1]
 * model.yaml:6:12: layers[1].units: expected a whole number, got 'three'
 * model.yaml:3:9: invalid YAML: mapping values are not allowed here
 * </pre>
 * Paths are written {@code layers[1].units} with 0-based list positions.
 *
 * <p>Two quirks of Jackson with records are mended here. It places errors about a record's
 * properties at the end of its mapping, so the key is found again by walking the file's tokens
 * along the error's path. And it reports unknown keys only after constructing the record, so a
 * misspelt key first shows up as a missing one or as a failed check in the constructor; for those
 * errors the record's mapping is searched for an unknown key, which is then reported instead.
 */
public final class YamlErrors {

    /** How Jackson's own messages for type mismatches begin; custom deserializer messages do not. */
    private static final String JACKSON_MISMATCH = "Cannot ";

    private static final YAMLFactory TOKENS = new YAMLFactory();
    /** How Jackson rejects a mapping or list used as a key; its message names parser internals. */
    private static final String COMPLEX_KEY = "Expected a field name";
    /** How Jackson rejects a second document; its message names a deserialization feature. */
    private static final String TRAILING = "Trailing token";

    /** A message and where it applies (null: wherever Jackson said). */
    private record Problem(JsonLocation location, String text) {}

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
        Problem problem = problem(mapping, YamlPath.of(mapping.getPath()), read(file));
        JsonLocation location = problem.location() != null ? problem.location() : e.getLocation();
        return where(file, location) + ": " + problem.text();
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
        return where + ": "
                + problem(mapping, YamlPath.of(mapping.getPath()), null).text();
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
                        .map(found -> where(file, found.location()))
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

    private static Problem problem(JsonMappingException e, YamlPath path, byte[] source) {
        YamlLocator.Found found =
                source == null ? null : YamlLocator.find(TOKENS, source, path).orElse(null);
        JsonLocation location = found == null ? null : found.location();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem(
                    location, unknownKey(unknown.getPropertyName(), path.parent(), unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidTypeIdException type) {
            return new Problem(
                    location,
                    unknownChoice(path.isRoot() ? "" : path + ": ", "type", type.getTypeId(), subtypeNames(type)));
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new Problem(
                    location,
                    unknownChoice(
                            path.isRoot() ? "" : path + ": ",
                            "value",
                            String.valueOf(invalid.getValue()),
                            enumNames(invalid.getTargetType())));
        }
        boolean missingKey = found != null && found.value() == null && path.lastKey() != null;
        boolean duringConstruction = e instanceof ValueInstantiationException;
        if (source != null && (missingKey || duringConstruction)) {
            Optional<Problem> misspelt = unknownKeyIn(e, duringConstruction ? path : path.parent(), source);
            if (misspelt.isPresent()) {
                return misspelt.get();
            }
        }
        String at = path.isRoot() ? "" : path + ": ";
        if (missingKey) {
            YamlPath parent = path.parent();
            return new Problem(
                    location, "missing key '" + path.lastKey() + "'" + (parent.isRoot() ? "" : " in " + parent));
        }
        if (duringConstruction && e.getCause() != null) {
            return new Problem(location, at + e.getCause().getMessage());
        }
        String message = e.getOriginalMessage();
        if (e instanceof MismatchedInputException mismatch
                && message.startsWith(JACKSON_MISMATCH)
                && mismatch.getTargetType() != null
                && !mismatch.getTargetType().isEnum()) {
            return new Problem(location, at + "expected " + kind(mismatch.getTargetType()) + found(e, found));
        }
        return new Problem(location, at + message);
    }

    /**
     * A key of the record's mapping that the record does not have, reported as Jackson would have
     * had it not constructed the record first.
     */
    private static Optional<Problem> unknownKeyIn(JsonMappingException e, YamlPath record, byte[] source) {
        List<String> known = knownKeys(e);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, JsonLocation> key :
                YamlLocator.keys(TOKENS, source, record).entrySet()) {
            if (!known.contains(key.getKey())) {
                return Optional.of(new Problem(key.getValue(), unknownKey(key.getKey(), record, known)));
            }
        }
        return Optional.empty();
    }

    /** The keys of the record the error is about, as the mapper that read it names them. */
    private static List<String> knownKeys(JsonMappingException e) {
        Class<?> type = null;
        if (e instanceof ValueInstantiationException construction) {
            type = construction.getType().getRawClass();
        } else if (!e.getPath().isEmpty()) {
            Object from = e.getPath().get(e.getPath().size() - 1).getFrom();
            type = from instanceof Class<?> c ? c : from != null ? from.getClass() : null;
        }
        if (type == null
                || !(e.getProcessor() instanceof JsonParser parser)
                || !(parser.getCodec() instanceof ObjectMapper mapper)) {
            return List.of();
        }
        return mapper.getDeserializationConfig().introspect(mapper.constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName)
                .toList();
    }

    private static String unknownKey(String key, YamlPath parent, Collection<?> known) {
        List<String> keys = known.stream().map(String::valueOf).sorted().toList();
        return "unknown key '" + key + "'" + (parent.isRoot() ? "" : " in " + parent)
                + NameSuggestions.closest(key, keys)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElseGet(() -> "; valid keys: " + String.join(", ", keys));
    }

    /** {@code scaling: unknown value 'minmax'; did you mean 'min-max'? valid: none, min-max, standardize}. */
    private static String unknownChoice(String at, String what, String given, List<String> valid) {
        String choices = String.join(", ", valid);
        if (given == null) {
            return at + "missing '" + what + "'; valid: " + choices;
        }
        return at + "unknown " + what + " '" + given + "'"
                + NameSuggestions.closest(given, valid)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElse(";")
                + " valid: " + choices;
    }

    /** The names an enum has in files: its constants' {@code @JsonProperty} values. */
    private static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(Field::isEnumConstant)
                .map(field -> Optional.ofNullable(field.getAnnotation(JsonProperty.class))
                        .map(JsonProperty::value)
                        .orElse(field.getName()))
                .toList();
    }

    /**
     * The {@code type} names of a polymorphic base type's subtypes, as the mapper that failed knows
     * them (its own registrations, e.g. the installed data formats, and {@code @JsonSubTypes}).
     */
    private static List<String> subtypeNames(InvalidTypeIdException e) {
        if (!(e.getProcessor() instanceof JsonParser parser) || !(parser.getCodec() instanceof ObjectMapper mapper)) {
            return List.of();
        }
        DeserializationConfig config = mapper.getDeserializationConfig();
        AnnotatedClass base = AnnotatedClassResolver.resolveWithoutSuperTypes(
                config, e.getBaseType().getRawClass());
        return mapper.getSubtypeResolver().collectAndResolveSubtypesByTypeId(config, base).stream()
                .filter(NamedType::hasName)
                .map(NamedType::getName)
                .sorted()
                .toList();
    }

    /** {@code , got 'abc'}: what the file holds instead, when it can be told. */
    private static String found(JsonMappingException e, YamlLocator.Found found) {
        if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
            return ", got '" + invalid.getValue() + "'";
        }
        JsonToken token = found == null ? null : found.value();
        if (token == null) {
            return "";
        }
        return switch (token) {
            case START_ARRAY -> ", got a list";
            case START_OBJECT -> ", got a mapping";
            case VALUE_NULL -> ", got nothing";
            default -> found.text() != null ? ", got '" + found.text() + "'" : "";
        };
    }

    /** What a Java type looks like in YAML, for "expected ...". */
    private static String kind(Class<?> type) {
        if (type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class
                || type == short.class
                || type == Short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class
                || type == Double.class
                || type == float.class
                || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping";
    }
}
