package org.deltanet.experiment.model;

import org.deltanet.api.Activation;
import org.deltanet.engine.network.Layer;
import org.deltanet.experiment.config.Bias;
import org.deltanet.experiment.config.LayerConfig;
import org.deltanet.experiment.config.Mask;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.yaml.YamlPath;

/**
 * The one parser of the layer schema ({@link LayerConfig}), for experiments and model files: builds
 * a layer from it, checking every shape and value against the layer's units and inputs and
 * reporting the first problem at its place ({@code layer 2: weights row 3 has 5 numbers, expected
 * 4 (one per input)}); and writes a layer back as the schema.
 */
public final class LayerMapping {

    /** Turns a problem at a key into the caller's exception (a model file's or an experiment's). */
    @FunctionalInterface
    public interface Problems {
        /**
         * @param at      where the problem is
         * @param problem what is wrong, starting with {@code layer N: }
         */
        RuntimeException at(YamlPath at, String problem);
    }

    private final Problems problems;
    private final YamlPath path;
    private final int number;
    private final int inputs;

    /**
     * @param problems makes the exception for a problem
     * @param path     where the layer is in the file
     * @param number   the 1-based layer number, for messages
     * @param inputs   the units of the layer before, or the input size for the first layer
     */
    public LayerMapping(Problems problems, YamlPath path, int number, int inputs) {
        this.problems = problems;
        this.path = path;
        this.number = number;
        this.inputs = inputs;
    }

    /**
     * The schema for a layer without its numbers (they go to the {@code .npz} file): masks in
     * their compact form, only where some connection or bias is absent.
     */
    static LayerConfig document(Layer layer) {
        int units = layer.units();
        boolean[] mask = new boolean[units * layer.inputs()];
        boolean[] biasMask = new boolean[units];
        boolean masked = false;
        boolean biasMasked = false;
        for (int unit = 0; unit < units; unit++) {
            for (int input = 0; input < layer.inputs(); input++) {
                mask[unit * layer.inputs() + input] = layer.isConnected(unit, input);
                masked |= !mask[unit * layer.inputs() + input];
            }
            biasMask[unit] = layer.hasBias(unit);
            biasMasked |= layer.hasBias() && !biasMask[unit];
        }
        return new LayerConfig(
                units,
                PluginResolver.describe(layer.activation()),
                layer.hasBias() ? Bias.PRESENT : Bias.ABSENT,
                null,
                masked ? Mask.of(mask, units, layer.inputs(), false) : null,
                biasMasked ? Mask.of(biasMask, 1, units, true) : null,
                null,
                null,
                null,
                null);
    }

    /**
     * The layer the schema describes, with the weights and bias values it gives (others stay 0).
     *
     * @param activation      the layer's activation, resolved by the caller
     * @param biasByDefault   whether a layer without a {@code bias} key has one
     * @throws RuntimeException from {@link Problems} at the first value that does not fit
     */
    public Layer read(LayerConfig config, Activation activation, boolean biasByDefault) {
        int units = config.units();
        boolean hasBias = config.hasBias(biasByDefault);
        if (config.biasMask() != null && !hasBias) {
            throw problem(path.key("bias-mask"), "'bias-mask' is given but the layer has no 'bias'");
        }
        boolean[] weightMask = config.mask() == null ? null : weightMask(config.mask(), units);
        boolean[] biasMask = config.biasMask() == null
                ? null
                : mask(vector(config.biasMask()), path.key("bias-mask"), "bias-mask", units, "unit");
        Layer layer = new Layer(inputs, units, activation, hasBias, weightMask, biasMask);
        if (config.weights() != null) {
            layer.setWeights(weights(config.weights(), units, weightMask));
        }
        double[] bias = config.bias() == null ? null : config.bias().values();
        if (bias != null) {
            layer.setBias(numbers(bias, path.key("bias"), "bias", units, "unit", biasMask, 0, "bias-mask"));
        }
        return layer;
    }

    /**
     * Sets weights and bias from the arrays of a {@code .npz} file.
     *
     * @param weights units x inputs
     * @param bias    one per unit, or null for a layer without bias
     */
    void setNumbers(Layer layer, YamlPath at, NumpyArchive.Tensor weights, NumpyArchive.Tensor bias) {
        requireShape(weights, at, "layer" + number + ".weights", layer.units(), layer.inputs());
        layer.setWeights(checked(weights.values(), at, "weights", layer, true));
        if (layer.hasBias()) {
            requireShape(bias, at, "layer" + number + ".bias", layer.units());
            layer.setBias(checked(bias.values(), at, "bias", layer, false));
        }
    }

    private void requireShape(NumpyArchive.Tensor tensor, YamlPath at, String name, int... shape) {
        NumpyArchive.Tensor.mismatch(tensor, name, shape).ifPresent(mismatch -> {
            throw problem(at, mismatch);
        });
    }

    private double[] checked(double[] values, YamlPath at, String what, Layer layer, boolean weights) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw problem(
                        at, what + ": number " + (i + 1) + " is " + values[i] + "; parameters must be finite numbers");
            }
            boolean present = weights ? layer.isConnected(i / layer.inputs(), i % layer.inputs()) : layer.hasBias(i);
            if (!present && values[i] != 0.0) {
                throw problem(
                        at,
                        what + ": number " + (i + 1) + " is " + values[i] + " but the '"
                                + (weights ? "mask" : "bias-mask")
                                + "' marks it absent (0); an absent parameter must be 0");
            }
        }
        return values;
    }

    private double[] weights(double[][] rows, int units, boolean[] mask) {
        YamlPath at = path.key("weights");
        requireRows(rows, at, "weights", units);
        double[] flat = new double[units * inputs];
        for (int unit = 0; unit < units; unit++) {
            double[] row = numbers(
                    rows[unit],
                    at.index(unit),
                    "weights row " + (unit + 1),
                    inputs,
                    "input",
                    mask,
                    unit * inputs,
                    "mask");
            System.arraycopy(row, 0, flat, unit * inputs, inputs);
        }
        return flat;
    }

    private boolean[] weightMask(Mask mask, int units) {
        YamlPath at = path.key("mask");
        int[][] rows = mask.vector() ? new int[][] {mask.rows()[0]} : mask.rows();
        requireRows(rows, at, "mask", units);
        boolean[] flat = new boolean[units * inputs];
        for (int unit = 0; unit < units; unit++) {
            boolean[] row = mask(rows[unit], at.index(unit), "mask row " + (unit + 1), inputs, "input");
            System.arraycopy(row, 0, flat, unit * inputs, inputs);
        }
        return flat;
    }

    private int[] vector(Mask mask) {
        if (!mask.vector()) {
            throw problem(
                    path.key("bias-mask"), "'bias-mask' is one 0 or 1 per unit, e.g. \"101\", not a list of rows");
        }
        return mask.rows()[0];
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
    private double[] numbers(
            double[] values,
            YamlPath at,
            String what,
            int length,
            String per,
            boolean[] mask,
            int maskFrom,
            String maskName) {
        requireLength(values == null ? 0 : values.length, at, what, length, per);
        for (int i = 0; i < length; i++) {
            double value = values[i];
            if (!Double.isFinite(value)) {
                throw problem(
                        at.index(i),
                        what + ": number " + (i + 1) + " is " + value + "; parameters must be finite numbers");
            }
            if (mask != null && !mask[maskFrom + i] && value != 0.0) {
                throw problem(
                        at.index(i),
                        what + ": number " + (i + 1) + " is " + value + " but the '" + maskName
                                + "' marks it absent (0); an absent parameter must be 0");
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
                throw problem(
                        at.index(i),
                        what + ": number " + (i + 1) + " is " + values[i] + "; a mask holds 1 (present) or 0 (absent)");
            }
            present[i] = values[i] == 1;
        }
        return present;
    }

    private void requireLength(int found, YamlPath at, String what, int length, String per) {
        if (found != length) {
            throw problem(
                    at, what + " has " + count(found, "number") + ", expected " + length + " (one per " + per + ")");
        }
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private RuntimeException problem(YamlPath at, String problem) {
        return problems.at(at, "layer " + number + ": " + problem);
    }
}
