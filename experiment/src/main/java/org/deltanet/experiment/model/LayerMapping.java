package org.deltanet.experiment.model;

import org.deltanet.api.DeltanetException;
import java.nio.file.Path;
import java.util.Arrays;
import org.deltanet.api.Activation;
import org.deltanet.engine.network.Layer;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * Converts one layer to its {@link LayerDocument} and back. Reading checks every shape and value
 * against the layer's units and inputs and reports the first problem at its place in the file.
 */
final class LayerMapping {

    private final Path file;
    private final YamlPath path;
    private final int number;
    private final int inputs;

    /**
     * @param file   the file being read, for messages
     * @param path   where the layer is in the file
     * @param number the 1-based layer number, for messages
     * @param inputs the units of the layer before, or the input size for the first layer
     */
    LayerMapping(Path file, YamlPath path, int number, int inputs) {
        this.file = file;
        this.path = path;
        this.number = number;
        this.inputs = inputs;
    }

    /** The document for a layer: masks only where some connection or bias is absent. */
    static LayerDocument document(Layer layer) {
        int units = layer.units();
        int inputs = layer.inputs();
        double[][] weights = new double[units][];
        int[][] mask = new int[units][inputs];
        int[] biasMask = new int[units];
        boolean masked = false;
        boolean biasMasked = false;
        for (int unit = 0; unit < units; unit++) {
            weights[unit] = Arrays.copyOfRange(layer.weights(), unit * inputs, (unit + 1) * inputs);
            for (int input = 0; input < inputs; input++) {
                mask[unit][input] = layer.isConnected(unit, input) ? 1 : 0;
                masked |= mask[unit][input] == 0;
            }
            biasMask[unit] = layer.hasBias(unit) ? 1 : 0;
            biasMasked |= layer.hasBias() && biasMask[unit] == 0;
        }
        return new LayerDocument(units, PluginResolver.describe(layer.activation()),
                layer.hasBias() ? layer.bias().clone() : null, biasMasked ? biasMask : null, weights,
                masked ? mask : null);
    }

    /**
     * The layer a document describes.
     *
     * @throws ModelFileException at the first value that does not fit
     */
    Layer read(LayerDocument document, PluginResolver plugins) {
        int units = document.units();
        if (units < 1) {
            throw problem(path.key("units"), "units must be at least 1, got " + units);
        }
        if (document.activation() == null) {
            throw problem(path.key("activation"), "'activation' is empty; name an activation function");
        }
        Activation activation;
        try {
            activation = plugins.activation(document.activation());
        } catch (IllegalArgumentException | DeltanetException e) {
            throw problem(path.key("activation"), e.getMessage());
        }
        boolean hasBias = document.bias() != null;
        if (document.biasMask() != null && !hasBias) {
            throw problem(path.key("bias-mask"), "'bias-mask' is given but the layer has no 'bias'");
        }
        boolean[] weightMask = document.mask() == null ? null : weightMask(document.mask(), units);
        boolean[] biasMask = document.biasMask() == null ? null
                : mask(document.biasMask(), path.key("bias-mask"), "bias-mask", units, "unit");
        Layer layer = new Layer(inputs, units, activation, hasBias, weightMask, biasMask);
        layer.setWeights(weights(document.weights(), units, weightMask));
        if (hasBias) {
            layer.setBias(numbers(document.bias(), path.key("bias"), "bias", units, "unit", biasMask, 0,
                    "bias-mask"));
        }
        return layer;
    }

    private double[] weights(double[][] rows, int units, boolean[] mask) {
        YamlPath at = path.key("weights");
        requireRows(rows, at, "weights", units);
        double[] flat = new double[units * inputs];
        for (int unit = 0; unit < units; unit++) {
            double[] row = numbers(rows[unit], at.index(unit), "weights row " + (unit + 1), inputs, "input",
                    mask, unit * inputs, "mask");
            System.arraycopy(row, 0, flat, unit * inputs, inputs);
        }
        return flat;
    }

    private boolean[] weightMask(int[][] rows, int units) {
        YamlPath at = path.key("mask");
        requireRows(rows, at, "mask", units);
        boolean[] flat = new boolean[units * inputs];
        for (int unit = 0; unit < units; unit++) {
            boolean[] row = mask(rows[unit], at.index(unit), "mask row " + (unit + 1), inputs, "input");
            System.arraycopy(row, 0, flat, unit * inputs, inputs);
        }
        return flat;
    }

    private void requireRows(Object[] rows, YamlPath at, String what, int units) {
        int found = rows == null ? 0 : rows.length;
        if (found != units) {
            throw problem(at, "'" + what + "' has " + count(found, "row") + ", expected " + units + " (one per unit)");
        }
    }

    /**
     * One row of finite numbers, of which those the mask marks absent must be 0.
     *
     * @param mask     null, or flags of which {@code [maskFrom, maskFrom + length)} cover this row
     * @param maskName the key of the mask, for messages
     */
    private double[] numbers(double[] values, YamlPath at, String what, int length, String per, boolean[] mask,
                             int maskFrom, String maskName) {
        requireLength(values == null ? 0 : values.length, at, what, length, per);
        for (int i = 0; i < length; i++) {
            double value = values[i];
            if (!Double.isFinite(value)) {
                throw problem(at.index(i), what + ": number " + (i + 1) + " is " + value
                        + "; parameters must be finite numbers");
            }
            if (mask != null && !mask[maskFrom + i] && value != 0.0) {
                throw problem(at.index(i), what + ": number " + (i + 1) + " is " + value + " but the '"
                        + maskName + "' marks it absent (0); an absent parameter must be 0");
            }
        }
        return values;
    }

    /** One row of 0/1 flags. */
    private boolean[] mask(int[] values, YamlPath at, String what, int length, String per) {
        requireLength(values == null ? 0 : values.length, at, what, length, per);
        boolean[] present = new boolean[length];
        for (int i = 0; i < length; i++) {
            if (values[i] != 0 && values[i] != 1) {
                throw problem(at.index(i), what + ": number " + (i + 1) + " is " + values[i]
                        + "; a mask holds 1 (present) or 0 (absent)");
            }
            present[i] = values[i] == 1;
        }
        return present;
    }

    private void requireLength(int found, YamlPath at, String what, int length, String per) {
        if (found != length) {
            throw problem(at, what + " has " + count(found, "number") + ", expected " + length + " (one per " + per + ")");
        }
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private ModelFileException problem(YamlPath at, String problem) {
        return ModelFileException.at(file, at, "layer " + number + ": " + problem);
    }
}
