package org.deltanet.experiment.yaml;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.deltanet.api.NameSuggestions;

/**
 * Binds YAML to records after checking its parsed tree against them: every key must be one the
 * record declares (its kebab-case component names), every required key present, every value of the
 * kind its component holds (a whole number in range, a number, true or false, text, a list, a
 * mapping, one of an enum's names, a known {@code type} of a polymorphic section). The first
 * mismatch, in file order, is a {@link TreeProblem} naming its {@link YamlPath}; {@link YamlErrors}
 * places it at file:line:column. What the tree check passes, Jackson binds, and the records'
 * constructors check the values.
 *
 * <p>Types with a deserializer of their own ({@code @JsonDeserialize(using = ...)}, or a delegating
 * {@code @JsonCreator} that takes the node) check themselves and are not looked into.
 *
 * <p>Example:
 * <pre>{@code
 * ExperimentConfig config = TreeCheck.read(mapper, text, ExperimentConfig.class);
 * }</pre>
 */
public final class TreeCheck {

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    private final ObjectMapper mapper;
    private final DeserializationConfig config;

    private TreeCheck(ObjectMapper mapper) {
        this.mapper = mapper;
        this.config = mapper.getDeserializationConfig();
    }

    /**
     * Parses {@code source}, checks its tree against {@code type} and binds it.
     *
     * @throws TreeProblem            for an unknown or missing key or a value of the wrong kind
     * @throws JsonProcessingException for invalid YAML, or from binding (e.g. a record's check)
     */
    public static <T> T read(ObjectMapper mapper, String source, Class<T> type) throws JsonProcessingException {
        new TreeCheck(mapper).walk(mapper.readTree(source), mapper.constructType(type), YamlPath.root());
        return mapper.readValue(source, type);
    }

    /** As {@link #read(ObjectMapper, String, Class)}, for a file's bytes. */
    public static <T> T read(ObjectMapper mapper, byte[] source, Class<T> type) throws IOException {
        new TreeCheck(mapper).walk(mapper.readTree(source), mapper.constructType(type), YamlPath.root());
        return mapper.readValue(source, type);
    }

    /** Checks a tree already parsed (e.g. with {@code --set} overrides applied) and binds it. */
    public static <T> T bind(ObjectMapper mapper, JsonNode tree, Class<T> type) throws JsonProcessingException {
        new TreeCheck(mapper).walk(tree, mapper.constructType(type), YamlPath.root());
        return mapper.treeToValue(tree, type);
    }

    private void walk(JsonNode node, JavaType type, YamlPath path) throws TreeProblem {
        Class<?> raw = type.getRawClass();
        if (node == null || node.isMissingNode() || raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return;
        }
        if (node.isNull()) {
            if (raw.isPrimitive()) {
                throw mismatch(path, raw, node);
            }
        } else if (WHOLE_NUMBERS.contains(raw)) {
            wholeNumber(node, raw, path);
        } else if (NUMBERS.contains(raw)) {
            require(node.isNumber() || node.isTextual() && isNumber(node.asText()), path, raw, node);
        } else if (raw == boolean.class || raw == Boolean.class) {
            require(node.isBoolean() || node.isTextual() && isBoolean(node.asText()), path, raw, node);
        } else if (raw == String.class) {
            require(node.isValueNode(), path, raw, node);
        } else if (raw.isEnum()) {
            oneOf(node, enumNames(raw), "value", path);
        } else if (type.isArrayType() || type.isCollectionLikeType()) {
            require(node.isArray(), path, raw, node);
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), type.getContentType(), path.index(i));
            }
        } else if (type.isMapLikeType()) {
            require(node.isObject(), path, raw, node);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                walk(entry.getValue(), type.getContentType(), path.key(entry.getKey()));
            }
        } else if (!checksItself(raw)) {
            require(node.isObject(), path, raw, node);
            JsonTypeInfo polymorphic = raw.getAnnotation(JsonTypeInfo.class);
            if (polymorphic != null) {
                subtype(node, type, polymorphic.property(), path);
            } else {
                mapping(node, type, Set.of(), path);
            }
        }
    }

    /** The keys of a record's mapping, then their values. */
    private void mapping(JsonNode node, JavaType type, Set<String> alsoValid, YamlPath path) throws TreeProblem {
        BeanDescription bean = config.introspect(type);
        Map<String, BeanPropertyDefinition> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.couldDeserialize()) {
                properties.put(property.getName(), property);
            }
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            if (!properties.containsKey(key) && !alsoValid.contains(key)) {
                List<String> valid = Stream.concat(properties.keySet().stream(), alsoValid.stream())
                        .sorted()
                        .toList();
                throw new TreeProblem(path.key(key), unknownKey(key, path, valid));
            }
        }
        for (BeanPropertyDefinition property : properties.values()) {
            if (!node.has(property.getName())
                    && (property.isRequired() || property.getRawPrimaryType().isPrimitive())) {
                throw new TreeProblem(
                        path.key(property.getName()),
                        "missing key '" + property.getName() + "'" + (path.isRoot() ? "" : " in " + path));
            }
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            BeanPropertyDefinition property = properties.get(entry.getKey());
            if (property != null) {
                walk(entry.getValue(), property.getPrimaryType(), path.key(entry.getKey()));
            }
        }
    }

    /** A section whose {@code type} key names the record it is bound to, e.g. a data format's. */
    private void subtype(JsonNode node, JavaType base, String typeKey, YamlPath path) throws TreeProblem {
        Map<String, Class<?>> subtypes = new LinkedHashMap<>();
        mapper
                .getSubtypeResolver()
                .collectAndResolveSubtypesByTypeId(
                        config, AnnotatedClassResolver.resolveWithoutSuperTypes(config, base.getRawClass()))
                .stream()
                .filter(NamedType::hasName)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(named -> subtypes.put(named.getName(), named.getType()));
        JsonNode name = node.get(typeKey);
        if (name == null || name.isNull()) {
            throw new TreeProblem(
                    path, at(path) + "missing '" + typeKey + "'; valid: " + String.join(", ", subtypes.keySet()));
        }
        oneOf(name, List.copyOf(subtypes.keySet()), typeKey, path.key(typeKey));
        mapping(node, mapper.constructType(subtypes.get(name.asText())), Set.of(typeKey), path);
    }

    private void wholeNumber(JsonNode node, Class<?> raw, YamlPath path) throws TreeProblem {
        BigInteger value = null;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else if (node.isTextual() && node.asText().strip().matches("[+-]?[0-9]{1,40}")) {
            value = new BigInteger(node.asText().strip());
        }
        require(value != null, path, raw, node);
        BigInteger[] range = range(raw);
        if (range != null && (value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0)) {
            throw new TreeProblem(
                    path, at(path) + "expected a whole number from " + range[0] + " to " + range[1] + found(node));
        }
    }

    /** The values a whole-number type holds; null for {@link BigInteger}, which holds any. */
    private static BigInteger[] range(Class<?> raw) {
        if (raw == int.class || raw == Integer.class) {
            return new BigInteger[] {BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE)};
        }
        if (raw == long.class || raw == Long.class) {
            return new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)};
        }
        if (raw == short.class || raw == Short.class) {
            return new BigInteger[] {BigInteger.valueOf(Short.MIN_VALUE), BigInteger.valueOf(Short.MAX_VALUE)};
        }
        return null;
    }

    /** {@code scaling: unknown value 'minmax'; did you mean 'min-max'? valid: none, min-max, standardize}. */
    private static void oneOf(JsonNode node, List<String> valid, String what, YamlPath path) throws TreeProblem {
        if (node.isTextual() && valid.contains(node.asText())) {
            return;
        }
        String given = node.isValueNode() ? node.asText() : node.isArray() ? "a list" : "a mapping";
        YamlPath section = what.equals("value") ? path : path.parent();
        throw new TreeProblem(
                path,
                at(section) + "unknown " + what + " '" + given + "'"
                        + NameSuggestions.closest(given, valid)
                                .map(c -> "; did you mean '" + c + "'?")
                                .orElse(";")
                        + " valid: " + String.join(", ", valid));
    }

    private static String unknownKey(String key, YamlPath parent, List<String> valid) {
        return "unknown key '" + key + "'" + (parent.isRoot() ? "" : " in " + parent)
                + NameSuggestions.closest(key, valid)
                        .map(c -> "; did you mean '" + c + "'?")
                        .orElseGet(() -> "; valid keys: " + String.join(", ", valid));
    }

    private static void require(boolean holds, YamlPath path, Class<?> raw, JsonNode node) throws TreeProblem {
        if (!holds) {
            throw mismatch(path, raw, node);
        }
    }

    private static TreeProblem mismatch(YamlPath path, Class<?> raw, JsonNode node) {
        return new TreeProblem(path, at(path) + "expected " + kind(raw) + found(node));
    }

    private static String at(YamlPath path) {
        return path.isRoot() ? "" : path + ": ";
    }

    /** Whether the type reads its own node: a deserializer of its own, or a delegating creator. */
    private static boolean checksItself(Class<?> raw) {
        JsonDeserialize deserialize = raw.getAnnotation(JsonDeserialize.class);
        if (deserialize != null && deserialize.using() != JsonDeserializer.None.class) {
            return true;
        }
        return Stream.concat(Arrays.stream(raw.getDeclaredMethods()), Arrays.stream(raw.getDeclaredConstructors()))
                .map((Executable creator) -> creator.getAnnotation(JsonCreator.class))
                .anyMatch(creator -> creator != null && creator.mode() == JsonCreator.Mode.DELEGATING);
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

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBoolean(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    }

    /** {@code , got 'abc'}: what the file holds instead. */
    private static String found(JsonNode node) {
        if (node.isArray()) {
            return ", got a list";
        }
        if (node.isObject()) {
            return ", got a mapping";
        }
        return node.isNull() ? ", got nothing" : ", got '" + node.asText() + "'";
    }

    /** What a Java type looks like in YAML, for "expected ...". */
    private static String kind(Class<?> type) {
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (NUMBERS.contains(type)) {
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
