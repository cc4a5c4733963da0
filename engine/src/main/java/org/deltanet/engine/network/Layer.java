package org.deltanet.engine.network;

import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.deltanet.api.Activation;
import org.deltanet.api.WeightInitializer;

/**
 * One dense layer: {@code z = W a_prev + b}, {@code a = f(z)}.
 *
 * <p>{@code W} is {@code units x inputs}, row-major (row = neuron). The bias is optional. A
 * connectivity mask, when present, marks which weights (and which biases) exist: an absent
 * connection holds exactly zero before and after every training step, because its gradient is
 * zeroed and the engine never writes it.
 */
public final class Layer {

    private final int inputs;
    private final int units;
    private final Activation activation;
    private final double[] weights;
    private final double[] bias;
    private final boolean[] weightMask;
    private final boolean[] biasMask;

    /**
     * A layer with zero weights.
     *
     * @param inputs     inputs per neuron, at least 1
     * @param units      neurons, at least 1
     * @param activation the layer's activation
     * @param hasBias    whether the layer has a bias vector
     * @param weightMask {@code units x inputs}, {@code true} where a connection exists; null for
     *                   fully connected
     * @param biasMask   {@code units}, {@code true} where a bias exists; null for all (ignored
     *                   without bias)
     */
    public Layer(
            int inputs, int units, Activation activation, boolean hasBias, boolean[] weightMask, boolean[] biasMask) {
        if (inputs < 1 || units < 1) {
            throw new IllegalArgumentException(
                    "a layer needs at least one input and one unit, got " + inputs + " inputs and " + units + " units");
        }
        this.inputs = inputs;
        this.units = units;
        this.activation = Objects.requireNonNull(activation, "activation");
        this.weights = new double[units * inputs];
        this.bias = hasBias ? new double[units] : null;
        this.weightMask = checkedMask(weightMask, units * inputs, "weight");
        this.biasMask = hasBias ? checkedMask(biasMask, units, "bias") : null;
    }

    /** A fully connected layer with zero weights. */
    public static Layer dense(int inputs, int units, Activation activation, boolean hasBias) {
        return new Layer(inputs, units, activation, hasBias, null, null);
    }

    private static boolean[] checkedMask(boolean[] mask, int length, String what) {
        if (mask == null) {
            return null;
        }
        if (mask.length != length) {
            throw new IllegalArgumentException(
                    what + " mask has " + mask.length + " entries, the layer needs " + length);
        }
        return mask.clone();
    }

    public int inputs() {
        return inputs;
    }

    public int units() {
        return units;
    }

    public Activation activation() {
        return activation;
    }

    public boolean hasBias() {
        return bias != null;
    }

    /** The live weight matrix, {@code units x inputs}, row-major. */
    public double[] weights() {
        return weights;
    }

    /** The live bias vector, or null when the layer has none. */
    public double[] bias() {
        return bias;
    }

    /** Whether weight {@code (unit, input)} exists (always true without a mask). */
    public boolean isConnected(int unit, int input) {
        return weightMask == null || weightMask[unit * inputs + input];
    }

    /** Whether the bias of {@code unit} exists (false without bias). */
    public boolean hasBias(int unit) {
        return bias != null && (biasMask == null || biasMask[unit]);
    }

    /** Whether any weight or bias is masked out. */
    public boolean isMasked() {
        return weightMask != null || biasMask != null;
    }

    /** Fills the weights from the initializer, then zeroes absent connections; biases become 0. */
    public void initialize(WeightInitializer initializer, RandomGenerator random) {
        initializer.initialize(weights, units, inputs, random);
        if (bias != null) {
            Arrays.fill(bias, 0.0);
        }
        applyMask(weights, bias);
    }

    /** Copies the given weights ({@code units x inputs}) in; absent connections must be 0. */
    public void setWeights(double[] values) {
        copyChecked(values, weights, "weights");
        requireZeroWhereAbsent(values, weightMask, "weight");
    }

    /** Copies the given biases ({@code units}) in; absent biases must be 0. */
    public void setBias(double[] values) {
        if (bias == null) {
            throw new IllegalStateException("this layer has no bias");
        }
        copyChecked(values, bias, "bias");
        requireZeroWhereAbsent(values, biasMask, "bias");
    }

    /**
     * Zeroes gradient (or parameter) entries of absent connections.
     *
     * @param weightValues {@code units x inputs}
     * @param biasValues   {@code units}, or null
     */
    public void applyMask(double[] weightValues, double[] biasValues) {
        zeroWhereAbsent(weightValues, weightMask);
        if (biasValues != null) {
            zeroWhereAbsent(biasValues, biasMask);
        }
    }

    /** {@link #applyMask(double[], double[])} on single-precision copies ({@code precision: float32}). */
    public void applyMask(float[] weightValues, float[] biasValues) {
        zeroWhereAbsent(weightValues, weightMask);
        if (biasValues != null) {
            zeroWhereAbsent(biasValues, biasMask);
        }
    }

    private static void zeroWhereAbsent(float[] values, boolean[] mask) {
        if (mask == null) {
            return;
        }
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i]) {
                values[i] = 0f;
            }
        }
    }

    private static void zeroWhereAbsent(double[] values, boolean[] mask) {
        if (mask == null) {
            return;
        }
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i]) {
                values[i] = 0.0;
            }
        }
    }

    private static void copyChecked(double[] from, double[] to, String what) {
        if (from.length != to.length) {
            throw new IllegalArgumentException(what + " have " + from.length + " values, the layer needs " + to.length);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }

    private static void requireZeroWhereAbsent(double[] values, boolean[] mask, String what) {
        if (mask == null) {
            return;
        }
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i] && values[i] != 0.0) {
                throw new IllegalArgumentException(what + " " + i + " is masked out but given the value " + values[i]
                        + "; an absent connection must be 0");
            }
        }
    }

    /** A deep copy: same shape, activation and mask, copied parameters. */
    public Layer copy() {
        Layer copy = new Layer(inputs, units, activation, bias != null, weightMask, biasMask);
        System.arraycopy(weights, 0, copy.weights, 0, weights.length);
        if (bias != null) {
            System.arraycopy(bias, 0, copy.bias, 0, bias.length);
        }
        return copy;
    }

    @Override
    public String toString() {
        return inputs + " -> " + units + " " + activation + (bias != null ? " with bias" : "")
                + (isMasked() ? ", masked" : "");
    }
}
