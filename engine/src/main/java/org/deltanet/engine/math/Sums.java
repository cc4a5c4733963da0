package org.deltanet.engine.math;

/**
 * The sums the training step takes of whole buffers besides the products: {@link #sumAbs}, over
 * a batch's inputs and deltas (to catch divergence and report the mean |delta|). On the Vector API
 * where it is usable (eight lanes, four accumulators: about twenty times the scalar loop, whose
 * one accumulator waits for every addition), in plain Java otherwise. The order of the additions
 * differs between the two, so their results may differ in the last bits.
 */
public final class Sums {

    private static final boolean VECTOR = Kernels.vectorUsable();

    private Sums() {}

    /** The sum of |values[i]| for {@code i < length}: NaN or infinite if any of them is. */
    public static double sumAbs(double[] values, int length) {
        return VECTOR ? VectorSums.sumAbs(values, length) : scalarSumAbs(values, 0, length);
    }

    /** The sum of |values[i]| for {@code i < length} in single precision, summed in float lanes. */
    public static double sumAbs(float[] values, int length) {
        return VECTOR ? VectorSums.sumAbs(values, length) : scalarSumAbs(values, 0, length);
    }

    static double scalarSumAbs(float[] values, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += Math.abs(values[i]);
        }
        return sum;
    }

    static double scalarSumAbs(double[] values, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += Math.abs(values[i]);
        }
        return sum;
    }
}
