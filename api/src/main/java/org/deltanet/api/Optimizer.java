package org.deltanet.api;

/**
 * An update rule for the network's parameters: the configuration of a gradient-descent method.
 *
 * <p><b>Configuration is kept apart from state.</b> An {@code Optimizer} holds only
 * hyper-parameters (learning rate, momentum, ...) and is immutable; everything that changes during
 * training (velocities, moment estimates, the step count) lives in an {@link OptimizerState} that
 * the engine owns, saves and restores. The learning rate may therefore change between steps by
 * configuring a new optimizer and continuing with the same state.
 *
 * <p><b>Lifecycle.</b>
 * <ol>
 *   <li>The engine creates one {@link OptimizerState} per training run.</li>
 *   <li>For every step it calls {@link OptimizerState#advance()} once, then {@link #update} once
 *       for each parameter, in a fixed order.</li>
 *   <li>State may be {@linkplain OptimizerState#snapshot() saved} between steps and
 *       {@linkplain OptimizerState#restore restored} into a new run, which then continues exactly
 *       as the saved one would have.</li>
 * </ol>
 *
 * <p><b>State is keyed by parameter name</b>: stable names such as {@code layer1.weights} and
 * {@code layer2.bias}, plus a slot name of the optimizer's choosing ({@code velocity}). Buffers
 * start at zero and keep their length. {@link #update} is on the hot path and must not allocate
 * (obtaining an existing buffer from the state does not).
 *
 * <p>Example (plain gradient descent, w &lt;- w - alpha g):
 * <pre>{@code
 * public void update(String parameter, double[] w, double[] g, int length, OptimizerState state) {
 *     for (int i = 0; i < length; i++) w[i] -= learningRate * g[i];
 * }
 * }</pre>
 */
public interface Optimizer extends Plugin {

    /** The step size alpha this optimizer is configured with, for logs and metrics. */
    double learningRate();

    /**
     * Updates one parameter in place.
     *
     * @param parameter stable parameter name, e.g. {@code layer1.weights}
     * @param values    the parameter's values, updated in place
     * @param gradient  dJ/dw for this step, already averaged over the batch; not to be modified
     * @param length    number of elements of {@code values} and {@code gradient} to use
     * @param state     runtime state of this training run; {@link OptimizerState#step()} is the
     *                  1-based number of the current step
     */
    void update(String parameter, double[] values, double[] gradient, int length, OptimizerState state);

    /**
     * {@link #update(String, double[], double[], int, OptimizerState)} on single-precision values
     * (runs with {@code precision: float32}). The default widens the values and the gradient,
     * calls the double method with the same state (whose buffers stay double) and rounds the
     * values back ({@link Float32Bridge}), so an optimizer written for double needs nothing more.
     * Override it with float code for speed, keeping state in
     * {@link OptimizerState#floatBuffer}.
     */
    default void update(String parameter, float[] values, float[] gradient, int length, OptimizerState state) {
        Float32Bridge.update(this, parameter, values, gradient, length, state);
    }

    /** This optimizer with the given parameter values. */
    default Optimizer configure(ParameterValues values) {
        return this;
    }
}
