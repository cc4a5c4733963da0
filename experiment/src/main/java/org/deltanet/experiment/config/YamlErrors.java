package org.deltanet.experiment.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.List;
import org.deltanet.api.NameSuggestions;

/**
 * Turns Jackson's exceptions into one line a user can act on:
 * {@code xor.yaml:7:3: unknown key 'learning-rat' in optimizer; did you mean 'learning-rate'?}.
 */
public final class YamlErrors {

    private YamlErrors() {
    }

    /**
     * @param where the file (or file and overrides) being read
     * @param text  the YAML text that was read, or null when it was a tree built in memory
     * @param error what Jackson threw
     */
    public static String describe(String where, String text, JsonProcessingException error) {
        String at = location(error.getLocation());
        if (text != null && error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            at = YamlLocator.locate(text, mapping.getPath()).map(l -> ":" + l).orElse(at);
        } else if (text == null) {
            at = "";
        }
        return where + at + ": " + problem(error);
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String problem(JsonProcessingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            String parent = path(unknown.getPath().subList(0, unknown.getPath().size() - 1));
            return "unknown key '" + unknown.getPropertyName() + "'" + (parent.isEmpty() ? "" : " in " + parent)
                    + suggestion(unknown.getPropertyName(), known) + " Valid keys: " + String.join(", ", known);
        }
        if (error instanceof InvalidTypeIdException badType) {
            List<String> types = List.of("csv", "idx", "xor");
            String typeId = String.valueOf(badType.getTypeId());
            return (badType.getTypeId() == null ? "missing 'type'" : "unknown type '" + typeId + "'")
                    + at(badType) + suggestion(typeId, types) + " Valid types: " + String.join(", ", types);
        }
        if (error instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            String path = path(invalid.getPath());
            return (path.isEmpty() ? "" : "in " + path + ": ") + invalid.getCause().getMessage();
        }
        if (error instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                List<String> names = enumNames(target);
                return "'" + format.getValue() + "' is not valid" + at(format) + ": expected one of "
                        + String.join(", ", names) + suggestion(String.valueOf(format.getValue()), names);
            }
            return "'" + format.getValue() + "' is not valid" + at(format) + ": expected " + describeType(target);
        }
        if (error instanceof MismatchedInputException mismatch) {
            return "wrong kind of value" + at(mismatch) + ": expected " + describeType(mismatch.getTargetType())
                    + " (" + mismatch.getOriginalMessage().split("\n")[0] + ")";
        }
        if (error instanceof JsonMappingException mapping && mapping.getCause() != null
                && mapping.getCause().getMessage() != null) {
            return mapping.getCause().getMessage() + at(mapping);
        }
        return "not valid YAML: " + error.getOriginalMessage().split("\n")[0];
    }

    private static String at(JsonMappingException error) {
        String path = path(error.getPath());
        return path.isEmpty() ? "" : " for '" + path + "'";
    }

    private static String suggestion(String wrong, Collection<String> valid) {
        return NameSuggestions.closest(wrong, valid).map(c -> "; did you mean '" + c + "'?").orElse(".");
    }

    /** {@code model.layers[0].units} from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<String> enumNames(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(constant -> {
                    try {
                        var annotation = type.getField(((Enum<?>) constant).name())
                                .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                        return annotation == null ? constant.toString() : annotation.value();
                    } catch (NoSuchFieldException e) {
                        return constant.toString();
                    }
                })
                .toList();
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a mapping of keys (" + type.getSimpleName().replace("Config", "").toLowerCase() + ")";
    }
}
