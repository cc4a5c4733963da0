package org.deltanet.api;

/**
 * An {@link Optimizer} that can step at a learning rate given with each call instead of the one it
 * is configured with: what a per-step learning-rate {@link Schedule} steps with, so that a rate
 * that changes every step needs no new optimizer object every step (the engine's training steps
 * allocate nothing). An optimizer that is not a {@code RatedOptimizer} still follows any schedule:
 * the engine then configures it anew with each new rate.
 *
 * <p><b>Contract.</b> {@code update(parameter, values, gradient, length, state, rate)} does exactly
 * what {@code configure(values with learning-rate = rate).update(parameter, values, gradient,
 * length, state)} does, bit for bit, in both precisions; the five-argument updates step at
 * {@link #learningRate()}. Implement the rated {@code double[]} method (and the rated
 * {@code float[]} one for float code); the others follow.
 *
 * <p>Example (plain gradient descent):
 * <pre>{@code
 * public void update(String parameter, double[] w, double[] g, int length, OptimizerState state, double rate) {
 *     for (int i = 0; i < length; i++) w[i] -= rate * g[i];
 * }
 * }</pre>
 */
public interface RatedOptimizer extends Optimizer {

    /**
     * {@link Optimizer#update(String, double[], double[], int, OptimizerState)} at learning rate
     * {@code learningRate} (finite, above 0) instead of the configured one.
     */
    void update(
            String parameter,
            double[] values,
            double[] gradient,
            int length,
            OptimizerState state,
            double learningRate);

    /**
     * The rated update on single-precision values; the default converts, as
     * {@link Optimizer#update(String, float[], float[], int, OptimizerState)} does.
     */
    default void update(
            String parameter, float[] values, float[] gradient, int length, OptimizerState state, double learningRate) {
        Float32Bridge.update(this, parameter, values, gradient, length, state, learningRate);
    }

    /**
     * Whether this optimizer implements {@link #updateOuterProduct}. The default is false: the
     * engine then writes every gradient out and calls {@link #update}.
     */
    default boolean updatesOuterProducts() {
        return false;
    }

    /**
     * The rated update of a {@code rows x columns} parameter whose gradient is an outer product,
     * without that gradient in memory: {@code g[i * columns + j] = left[i] * right[j]} (row-major,
     * each one rounded double product). A batch of one example gives every weight matrix such a
     * gradient (the layer's delta times its input), and a float64 training step at batch 1 calls
     * this instead of writing the gradient out and reading it straight back in {@link #update}:
     * for a large layer that round trip through memory is a third of the step. Called only when
     * {@link #updatesOuterProducts()}, and never in float32 runs.
     *
     * <p><b>Contract</b>: {@code values} and {@code state} change exactly, bit for bit, as
     * {@code update(parameter, values, g, rows * columns, state, learningRate)} with that g would
     * change them; only the first {@code rows} values of {@code left} and {@code columns} of
     * {@code right} are read, and neither is written. {@code OptimizerProperties} checks this.
     *
     * <p>Example (plain gradient descent, w &lt;- w - alpha g):
     * <pre>{@code
     * for (int i = 0; i < rows; i++)
     *     for (int j = 0; j < columns; j++)
     *         w[i * columns + j] -= learningRate * (left[i] * right[j]);
     * }</pre>
     *
     * @param left  the gradient's column factor, {@code rows} values (a layer's delta)
     * @param right the gradient's row factor, {@code columns} values (a layer's input)
     */
    default void updateOuterProduct(
            String parameter,
            double[] values,
            double[] left,
            double[] right,
            int rows,
            int columns,
            OptimizerState state,
            double learningRate) {
        throw new UnsupportedOperationException("optimizer '" + name() + "' does not update outer products");
    }

    /** The rated update at the configured {@link #learningRate()}. */
    @Override
    default void update(String parameter, double[] values, double[] gradient, int length, OptimizerState state) {
        update(parameter, values, gradient, length, state, learningRate());
    }

    /** The rated single-precision update at the configured {@link #learningRate()}. */
    @Override
    default void update(String parameter, float[] values, float[] gradient, int length, OptimizerState state) {
        update(parameter, values, gradient, length, state, learningRate());
    }
}
