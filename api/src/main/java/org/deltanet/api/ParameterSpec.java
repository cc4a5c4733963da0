package org.deltanet.api;

import java.util.Objects;

/**
 * One declared parameter of a plugin: its name, type, default and valid range.
 *
 * <p>The name follows the plugin naming rule (lowercase words joined by hyphens, e.g.
 * {@code learning-rate}) and is the key used in experiment files. The range is closed at both ends
 * unless {@code minExclusive} or {@code maxExclusive} say otherwise (a learning rate must be
 * strictly positive, a momentum strictly below 1).
 *
 * <p>Example: {@code ParameterSpec.positive("learning-rate", 0.01, "step size alpha")}.
 *
 * @param name         key in experiment files; unique within one plugin
 * @param type         how the value is checked
 * @param defaultValue value used when the experiment file names none; lies within the range
 * @param min          smallest valid value (or the exclusive lower bound, see {@code minExclusive})
 * @param minExclusive whether {@code min} itself is invalid
 * @param max          largest valid value (or the exclusive upper bound, see {@code maxExclusive})
 * @param maxExclusive whether {@code max} itself is invalid
 * @param description  one line for listings and error messages
 */
public record ParameterSpec(
        String name,
        ParameterType type,
        double defaultValue,
        double min,
        boolean minExclusive,
        double max,
        boolean maxExclusive,
        String description) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!name.matches(Plugin.NAME_PATTERN)) {
            throw new IllegalArgumentException(
                    "parameter name '" + name + "' must be lowercase words joined by hyphens, e.g. learning-rate");
        }
        if (problemWith(defaultValue, type, min, minExclusive, max, maxExclusive) != null) {
            throw new IllegalArgumentException("default " + defaultValue + " of parameter '" + name
                    + "' is outside its own range " + rangeText(min, minExclusive, max, maxExclusive));
        }
    }

    /** A real parameter with the closed range [min, max]. */
    public static ParameterSpec real(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, min, false, max, false, description);
    }

    /** A real parameter in [0, 1), e.g. a momentum or a decay rate. */
    public static ParameterSpec fraction(String name, double defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, 0.0, false, 1.0, true, description);
    }

    /** A real parameter that must be strictly positive, e.g. a learning rate. */
    public static ParameterSpec positive(String name, double defaultValue, String description) {
        return new ParameterSpec(
                name, ParameterType.REAL, defaultValue, 0.0, true, Double.MAX_VALUE, false, description);
    }

    /** A whole-number parameter with the closed range [min, max]. */
    public static ParameterSpec integer(String name, int defaultValue, int min, int max, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, min, false, max, false, description);
    }

    /**
     * Checks a candidate value.
     *
     * @return {@code null} when the value is valid, otherwise what would be right, e.g.
     *         {@code "must be in (0, 1.797e308]"}
     */
    public String problemWith(double value) {
        return problemWith(value, type, min, minExclusive, max, maxExclusive);
    }

    /** The default as written in files: {@code 32}, {@code 0.01}. */
    public String defaultText() {
        return format(defaultValue);
    }

    /** The valid range as text, e.g. {@code (0, 1]} or {@code [0, 1]}. */
    public String range() {
        return rangeText(min, minExclusive, max, maxExclusive);
    }

    private static String problemWith(
            double value, ParameterType type, double min, boolean minExclusive, double max, boolean maxExclusive) {
        if (!Double.isFinite(value)) {
            return "must be a finite number";
        }
        if (type == ParameterType.INTEGER && value != Math.rint(value)) {
            return "must be a whole number";
        }
        boolean tooSmall = minExclusive ? value <= min : value < min;
        boolean tooLarge = maxExclusive ? value >= max : value > max;
        if (tooSmall || tooLarge) {
            return "must be in " + rangeText(min, minExclusive, max, maxExclusive);
        }
        return null;
    }

    private static String rangeText(double min, boolean minExclusive, double max, boolean maxExclusive) {
        return (minExclusive ? "(" : "[") + format(min) + ", " + (max == Double.MAX_VALUE ? "inf" : format(max))
                + (maxExclusive ? ")" : "]");
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
