package org.deltanet.testkit;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Array helpers shared by the properties: padding that detects reads and writes beyond the used
 * length, exact comparisons that name the first differing element, rows of a batch and positions
 * as text.
 */
final class Buffers {

    /** Elements appended beyond {@code rows * cols} to catch out-of-range access. */
    static final int PADDING = 3;

    /** Fills the padding of inputs: a NaN, so that a plugin reading it spoils its result. */
    static final double JUNK = Double.longBitsToDouble(0x7ff8_0000_0bad_cafeL);

    /**
     * Fills the padding of outputs: finite and odd, so that any value a plugin writes there, NaN
     * included, differs from it. (Arithmetic on a NaN may keep its bits, so a NaN would not do.)
     */
    static final double UNTOUCHED = -8.125e299;

    private Buffers() {}

    /** An input: a copy of the values followed by {@link #PADDING} elements of {@link #JUNK}. */
    static double[] paddedInput(double[] values) {
        return padded(values, JUNK);
    }

    /**
     * An output, or an array updated in place: a copy of the values followed by {@link #PADDING}
     * elements of {@link #UNTOUCHED}.
     */
    static double[] paddedOutput(double[] values) {
        return padded(values, UNTOUCHED);
    }

    private static double[] padded(double[] values, double pad) {
        double[] copy = Arrays.copyOf(values, values.length + PADDING);
        Arrays.fill(copy, values.length, copy.length, pad);
        return copy;
    }

    /** Throws unless the padding after {@code length} still holds {@link #UNTOUCHED}, bit for bit. */
    static void requirePaddingIntact(String what, double[] buffer, int length) {
        for (int i = length; i < buffer.length; i++) {
            if (Double.doubleToRawLongBits(buffer[i]) != Double.doubleToRawLongBits(UNTOUCHED)) {
                throw new AssertionError(what + " wrote " + buffer[i] + " to index " + i + ", beyond the " + length
                        + " elements it may use");
            }
        }
    }

    /** Throws unless the first {@code length} elements of two batches are identical bit for bit. */
    static void requireIdentical(String what, double[] expected, double[] actual, int length, int cols) {
        requireIdentical(what, expected, actual, length, i -> at(i, cols));
    }

    /** Throws unless the first {@code length} elements of two vectors are identical bit for bit. */
    static void requireIdentical(String what, double[] expected, double[] actual, int length) {
        requireIdentical(what, expected, actual, length, i -> "index " + i);
    }

    private static void requireIdentical(
            String what, double[] expected, double[] actual, int length, IntFunction<String> where) {
        for (int i = 0; i < length; i++) {
            if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
                throw new AssertionError(
                        what + " differs at " + where.apply(i) + ": expected " + expected[i] + ", got " + actual[i]);
            }
        }
    }

    /** Throws unless every one of the first {@code length} elements is finite. */
    static void requireFinite(String what, double[] values, int length, int cols) {
        for (int i = 0; i < length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new AssertionError(what + " is " + values[i] + " at " + at(i, cols));
            }
        }
    }

    /** {@code index 5 (row 1, col 2)}. */
    static String at(int index, int cols) {
        return "index " + index + " (row " + index / cols + ", col " + index % cols + ")";
    }

    /** Row {@code r} of a batch, as a new array of {@code cols} elements. */
    static double[] row(double[] batch, int r, int cols) {
        return Arrays.copyOfRange(batch, r * cols, (r + 1) * cols);
    }

    /** Sum of {@code a[i] * b[i]} over the first {@code length} elements. */
    static double dot(double[] a, double[] b, int length) {
        double sum = 0.0;
        for (int i = 0; i < length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
