package org.deltanet.experiment.wiring;

import java.util.List;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.yaml.YamlPath;

/** Converts the nested lists of an experiment or model file into flat arrays, checking shapes. */
final class Matrices {

    private Matrices() {
    }

    /** Rows of {@code cols} numbers each, {@code rows} of them, as a flat row-major array. */
    static double[] flatten(List<List<Double>> values, int rows, int cols, YamlPath key) {
        checkRows(values, rows, key);
        double[] flat = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            List<Double> row = values.get(r);
            checkRow(row.size(), cols, r, key);
            for (int c = 0; c < cols; c++) {
                flat[r * cols + c] = row.get(c);
            }
        }
        return flat;
    }

    /** A vector of exactly {@code length} numbers. */
    static double[] vector(List<Double> values, int length, YamlPath key) {
        if (values.size() != length) {
            throw new ConfigException(key, key + ": has " + values.size() + " values but the layer has " + length
                    + " units");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A 0/1 matrix as a flat connectivity mask, or null when absent. */
    static boolean[] mask(List<List<Integer>> values, int rows, int cols, YamlPath key) {
        if (values == null) {
            return null;
        }
        checkRows(values, rows, key);
        boolean[] mask = new boolean[rows * cols];
        for (int r = 0; r < rows; r++) {
            List<Integer> row = values.get(r);
            checkRow(row.size(), cols, r, key);
            for (int c = 0; c < cols; c++) {
                mask[r * cols + c] = bit(row.get(c), key, r, c);
            }
        }
        return mask;
    }

    /** A 0/1 vector as a flat mask, or null when absent. */
    static boolean[] mask(List<Integer> values, int length, YamlPath key) {
        if (values == null) {
            return null;
        }
        if (values.size() != length) {
            throw new ConfigException(key, key + ": has " + values.size() + " entries but the layer has " + length
                    + " units");
        }
        boolean[] mask = new boolean[length];
        for (int i = 0; i < length; i++) {
            mask[i] = bit(values.get(i), key, 0, i);
        }
        return mask;
    }

    private static boolean bit(Integer value, YamlPath key, int row, int col) {
        if (value == null || (value != 0 && value != 1)) {
            throw new ConfigException(key, key + ": entry [" + row + "][" + col + "] is " + value
                    + "; a mask holds 1 (connected) or 0 (absent)");
        }
        return value == 1;
    }

    private static void checkRows(List<?> values, int rows, YamlPath key) {
        if (values.size() != rows) {
            throw new ConfigException(key, key + ": has " + values.size() + " rows but the layer has " + rows
                    + " units (one row per unit)");
        }
    }

    private static void checkRow(int size, int cols, int row, YamlPath key) {
        if (size != cols) {
            throw new ConfigException(key, key + ": row " + row + " has " + size + " entries but the layer has "
                    + cols + " inputs");
        }
    }
}
