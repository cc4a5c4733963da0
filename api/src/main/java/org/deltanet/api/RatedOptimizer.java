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
