package org.deltanet.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A connectivity mask ({@code mask}: one row per unit, one flag per input) or bias mask
 * ({@code bias-mask}: one flag per unit), in experiments and model files alike: 1 means present, 0
 * absent. Written compactly as strings of 0 and 1 ({@code mask: ["1101", "0111"]},
 * {@code bias-mask: "101"}); lists of numbers ({@code [[1, 1, 0, 1], [0, 1, 1, 1]]},
 * {@code [1, 0, 1]}) are read too. The flags are checked where the layer is built, so that a wrong
 * one is reported at its place.
 *
 * @param rows   the flags as written (a character that is not a digit reads as -1)
 * @param vector true for a bias mask (one row)
 */
public record Mask(int[][] rows, boolean vector) {

    /** Reads either form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Mask of(JsonNode node) {
        if (node.isTextual()) {
            return new Mask(new int[][] {flags(node.textValue())}, true);
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(
                    "a mask is a list of rows of 0 and 1, e.g. [\"101\", \"011\"], got '" + node.asText() + "'");
        }
        if (node.size() > 0 && (node.get(0).isNumber() || node.get(0).isNull())) {
            return new Mask(new int[][] {numbers(node)}, true);
        }
        int[][] rows = new int[node.size()][];
        for (int r = 0; r < rows.length; r++) {
            JsonNode row = node.get(r);
            rows[r] = row.isTextual() ? flags(row.textValue()) : numbers(row);
        }
        return new Mask(rows, false);
    }

    /** A mask of the given flags, written compactly. */
    public static Mask of(boolean[] flags, int rows, int columns, boolean vector) {
        int[][] values = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r][c] = flags[r * columns + c] ? 1 : 0;
            }
        }
        return new Mask(values, vector);
    }

    private static int[] flags(String text) {
        return text.chars()
                .map(c -> Character.isDigit(c) ? Character.digit(c, 10) : -1)
                .toArray();
    }

    private static int[] numbers(JsonNode row) {
        if (!row.isArray()) {
            throw new IllegalArgumentException(
                    "a mask row is a string of 0 and 1 or a list of them, got '" + row.asText() + "'");
        }
        int[] values = new int[row.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = row.get(i);
            values[i] = value.canConvertToInt() && value.isIntegralNumber() ? value.intValue() : -1;
        }
        return values;
    }

    /** The compact form: a string per row, or one string for a bias mask. */
    @JsonValue
    public Object json() {
        List<String> lines = new ArrayList<>(rows.length);
        for (int[] row : rows) {
            StringBuilder line = new StringBuilder(row.length);
            for (int flag : row) {
                line.append(flag);
            }
            lines.add(line.toString());
        }
        return vector ? lines.get(0) : lines;
    }
}
