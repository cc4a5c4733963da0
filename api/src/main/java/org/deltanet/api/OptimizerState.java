package org.deltanet.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runtime state of an {@link Optimizer} during one training run: a step counter and named
 * buffers, keyed by parameter name and slot ({@code layer1.weights} / {@code velocity}).
 *
 * <p>Buffers are created zero-filled on first request and returned as the same array afterwards,
 * so an optimizer may fetch them on every step without allocating. A snapshot is a deep copy
 * keyed {@code parameter/slot}; restoring it gives a state that continues identically.
 *
 * <p>Example:
 * <pre>{@code
 * double[] velocity = state.buffer(parameter, "velocity", length);
 * }</pre>
 *
 * <p>Not thread-safe: one training run owns one state.
 */
public final class OptimizerState {

    private static final char SEPARATOR = '/';

    private final Map<String, Map<String, double[]>> buffers = new LinkedHashMap<>();
    private final Map<String, Map<String, float[]>> floatBuffers = new LinkedHashMap<>();
    private long step;

    /** Starts the next step; the first call makes {@link #step()} 1. */
    public void advance() {
        step++;
    }

    /** The 1-based number of the current step (0 before the first {@link #advance()}). */
    public long step() {
        return step;
    }

    /**
     * The buffer for one parameter and slot, created zero-filled on first use.
     *
     * @throws IllegalStateException if the buffer exists with another length
     */
    public double[] buffer(String parameter, String slot, int length) {
        Map<String, double[]> slots = buffers.get(parameter);
        double[] buffer = slots == null ? null : slots.get(slot);
        if (buffer == null) {
            // looked up first: a capturing lambda for computeIfAbsent would allocate on every step
            buffer = new double[length];
            buffers.computeIfAbsent(parameter, p -> new LinkedHashMap<>()).put(slot, buffer);
        }
        if (buffer.length != length) {
            throw new IllegalStateException("optimizer buffer " + parameter + SEPARATOR + slot + " has length "
                    + buffer.length + ", requested " + length);
        }
        return buffer;
    }

    /** Whether the (double) buffer for one parameter and slot exists (has been requested or restored). */
    public boolean has(String parameter, String slot) {
        Map<String, double[]> slots = buffers.get(parameter);
        return slots != null && slots.containsKey(slot);
    }

    /**
     * The single-precision buffer for one parameter and slot (optimizers' float code in runs with
     * {@code precision: float32}), created zero-filled on first use, or, after {@link #restore},
     * rounded from the restored double buffer of the same name.
     *
     * @throws IllegalStateException if the buffer exists with another length
     */
    public float[] floatBuffer(String parameter, String slot, int length) {
        Map<String, float[]> slots = floatBuffers.get(parameter);
        float[] buffer = slots == null ? null : slots.get(slot);
        if (buffer == null) {
            Map<String, double[]> restored = buffers.get(parameter);
            buffer = rounded(restored == null ? null : restored.remove(slot), length);
            floatBuffers.computeIfAbsent(parameter, p -> new LinkedHashMap<>()).put(slot, buffer);
        }
        if (buffer.length != length) {
            throw new IllegalStateException("optimizer buffer " + parameter + SEPARATOR + slot + " has length "
                    + buffer.length + ", requested " + length);
        }
        return buffer;
    }

    /** A restored double buffer rounded to float, or a new zero-filled one where none was restored. */
    private static float[] rounded(double[] saved, int length) {
        if (saved == null) {
            return new float[length];
        }
        float[] buffer = new float[saved.length];
        for (int i = 0; i < saved.length; i++) {
            buffer[i] = (float) saved[i];
        }
        return buffer;
    }

    /**
     * A deep copy of every buffer, keyed {@code parameter/slot}, in creation order; single-precision
     * buffers widened to double (exactly), so that a snapshot has one form in both precisions.
     */
    public Map<String, double[]> snapshot() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        buffers.forEach((parameter, slots) ->
                slots.forEach((slot, values) -> copy.put(parameter + SEPARATOR + slot, values.clone())));
        floatBuffers.forEach((parameter, slots) -> slots.forEach((slot, values) -> {
            double[] wide = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                wide[i] = values[i];
            }
            copy.put(parameter + SEPARATOR + slot, wide);
        }));
        return copy;
    }

    /**
     * A state that continues from a snapshot.
     *
     * @param step    the step count at the time of the snapshot
     * @param buffers as returned by {@link #snapshot()}
     */
    public static OptimizerState restore(long step, Map<String, double[]> buffers) {
        OptimizerState state = new OptimizerState();
        state.step = step;
        buffers.forEach((key, values) -> {
            int cut = key.lastIndexOf(SEPARATOR);
            if (cut <= 0) {
                throw new IllegalArgumentException(
                        "optimizer state key '" + key + "' is not of the form parameter/slot");
            }
            state.buffers
                    .computeIfAbsent(key.substring(0, cut), p -> new LinkedHashMap<>())
                    .put(key.substring(cut + 1), values.clone());
        });
        return state;
    }

    /** Whether two states hold the same step and the same buffers, element for element. */
    public boolean sameAs(OptimizerState other) {
        Map<String, double[]> mine = snapshot();
        Map<String, double[]> theirs = other.snapshot();
        return step == other.step
                && mine.keySet().equals(theirs.keySet())
                && mine.keySet().stream().allMatch(k -> Arrays.equals(mine.get(k), theirs.get(k)));
    }
}
