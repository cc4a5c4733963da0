package org.deltanet.plugins.optimizer;

import org.deltanet.api.Float32Bridge;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.plugins.support.AdamMoments;
import org.deltanet.plugins.support.VectorFloatMath;

/**
 * {@code adam}: Adam (Kingma and Ba, 2015), per element
 * <pre>
 * m &lt;- beta1 m + (1 - beta1) g               (slot first-moment)
 * v &lt;- beta2 v + (1 - beta2) g^2             (slot second-moment)
 * w &lt;- w - alpha m_hat / (sqrt(v_hat) + epsilon),
 *      m_hat = m / (1 - beta1^t), v_hat = v / (1 - beta2^t)
 * </pre>
 * where t is {@link OptimizerState#step()}, the 1-based number of the current step.
 *
 * <p>Parameters: {@code learning-rate} (alpha), default 0.001, &gt; 0; {@code beta1}, default
 * 0.9, and {@code beta2}, default 0.999, both in [0, 1); {@code epsilon}, default 1e-8, &gt; 0.
 */
public final class Adam extends ConfiguredOptimizer {

    static final ParameterSpec RATE = learningRate(0.001);
    static final ParameterSpec BETA1 = decay("beta1", 0.9, "decay of the first-moment estimate");
    static final ParameterSpec BETA2 = decay("beta2", 0.999, "decay of the second-moment estimate");
    static final ParameterSpec EPSILON =
            ParameterSpec.positive("epsilon", 1e-8, "added to the root of the second moment");

    private final AdamMoments moments =
            new AdamMoments(values().real(BETA1), values().real(BETA2), values().real(EPSILON));

    /** Learning rate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-8. */
    public Adam() {
        super("adam", "adaptive moment estimation with bias correction", Adam::new, RATE, BETA1, BETA2, EPSILON);
    }

    /**
     * Applies one Adam step to the first {@code length} elements.
     *
     * @throws IllegalStateException if {@link OptimizerState#advance()} was never called, so that
     *                               the bias correction would divide by zero
     */
    @Override
    public void update(
            String parameter, double[] values, double[] gradient, int length, OptimizerState state, double rate) {
        long t = state.step();
        if (t < 1) {
            throw new IllegalStateException("adam needs state.advance() before the first update");
        }
        double[] first = state.buffer(parameter, "first-moment", length);
        double[] second = state.buffer(parameter, "second-moment", length);
        MATH.adam(values, gradient, first, second, length, rate, moments, t);
    }

    /** In float (moments in float buffers) on the Vector API where it is present; otherwise the converting default. */
    @Override
    public void update(
            String parameter, float[] values, float[] gradient, int length, OptimizerState state, double rate) {
        long t = state.step();
        if (!VECTOR || t < 1) {
            Float32Bridge.update(this, parameter, values, gradient, length, state, rate);
            return;
        }
        float[] first = state.floatBuffer(parameter, "first-moment", length);
        float[] second = state.floatBuffer(parameter, "second-moment", length);
        VectorFloatMath.adam(values, gradient, first, second, length, (float) rate, moments, t);
    }
}
