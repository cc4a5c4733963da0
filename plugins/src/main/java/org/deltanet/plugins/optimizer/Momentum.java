package org.deltanet.plugins.optimizer;

import org.deltanet.api.Float32Bridge;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.plugins.support.VectorFloatMath;

/**
 * {@code momentum}: gradient descent with classic (heavy-ball) momentum,
 * <pre>
 * v &lt;- mu v - alpha g
 * w &lt;- w + v
 * </pre>
 * with the velocity v (slot {@code velocity}) starting at 0.
 *
 * <p><b>Not PyTorch's form.</b> PyTorch's SGD keeps {@code buf <- mu buf + g} and steps
 * {@code w <- w - alpha buf}. The two agree while alpha is constant (v = -alpha buf), but differ
 * when the learning rate changes between steps: here the new alpha applies to the new gradient
 * only and past steps keep the alpha they were taken with, whereas PyTorch rescales the whole
 * accumulated buffer by the new alpha. Example: alpha 0.1 then 0.2, mu 0.9, g = 1 twice, w = 1:
 * this rule gives v = -0.1, -0.29 and w = 0.9, 0.61; PyTorch's gives w = 0.9, 0.52.
 *
 * <p>Parameters: {@code learning-rate} (alpha), default 0.01, &gt; 0; {@code momentum} (mu),
 * default 0.9, in [0, 1). With mu = 0 this is {@code sgd}.
 */
public final class Momentum extends ConfiguredOptimizer {

    private static final ParameterSpec MOMENTUM = decay("momentum", 0.9, "velocity decay mu");

    private final double momentum = values().real(MOMENTUM);

    /** Learning rate 0.01, momentum 0.9. */
    public Momentum() {
        super("momentum", "v <- mu v - alpha g, w <- w + v", Momentum::new, learningRate(0.01), MOMENTUM);
    }

    @Override
    public void update(
            String parameter, double[] values, double[] gradient, int length, OptimizerState state, double rate) {
        double[] velocity = state.buffer(parameter, "velocity", length);
        MATH.momentum(values, gradient, velocity, length, momentum, rate);
    }

    /** Yes: {@link #updateOuterProduct} below. */
    @Override
    public boolean updatesOuterProducts() {
        return true;
    }

    /** The update above on the outer product {@code left right^T}, without it in memory. */
    @Override
    public void updateOuterProduct(
            String parameter,
            double[] values,
            double[] left,
            double[] right,
            int rows,
            int columns,
            OptimizerState state,
            double rate) {
        double[] velocity = state.buffer(parameter, "velocity", rows * columns);
        MATH.momentumOuterProduct(values, left, right, velocity, rows, columns, momentum, rate);
    }

    /** In float (velocity in a float buffer) on the Vector API where it is present; otherwise the converting default. */
    @Override
    public void update(
            String parameter, float[] values, float[] gradient, int length, OptimizerState state, double rate) {
        if (VECTOR) {
            float[] velocity = state.floatBuffer(parameter, "velocity", length);
            VectorFloatMath.momentum(values, gradient, velocity, length, (float) momentum, (float) rate);
        } else {
            Float32Bridge.update(this, parameter, values, gradient, length, state, rate);
        }
    }
}
