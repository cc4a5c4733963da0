package org.deltanet.plugins.optimizer;

import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;

/**
 * {@code nesterov}: gradient descent with Nesterov's accelerated momentum, in the reformulation of
 * Bengio et al. (2013) and Sutskever et al. (2013) that stores the look-ahead parameters:
 * <pre>
 * v' &lt;- mu v - alpha g
 * w  &lt;- w + mu v' - alpha g
 * v  &lt;- v'
 * </pre>
 * Nesterov's method evaluates the gradient at the look-ahead point {@code theta + mu v}; writing
 * {@code w = theta + mu v} for that point, the update of theta ({@code theta <- theta + v'}) turns
 * into the one above, so the gradient g is simply taken at the stored w. The velocity (slot
 * {@code velocity}) uses the classic form of {@link Momentum}, with the same consequence when the
 * learning rate changes between steps: alpha 0.1 then 0.2, mu 0.9, g = 1 twice, w = 1 give
 * w = 0.81, 0.349 here and w = 0.81, 0.268 with PyTorch's {@code nesterov=True}.
 *
 * <p>Parameters: {@code learning-rate} (alpha), default 0.01, &gt; 0; {@code momentum} (mu),
 * default 0.9, in [0, 1).
 */
public final class Nesterov extends ConfiguredOptimizer {

    private static final ParameterSpec MOMENTUM = decay("momentum", 0.9, "velocity decay mu");

    private final double momentum = values().real(MOMENTUM);

    /** Learning rate 0.01, momentum 0.9. */
    public Nesterov() {
        super("nesterov", "v <- mu v - alpha g, w <- w + mu v - alpha g", Nesterov::new, learningRate(0.01), MOMENTUM);
    }

    @Override
    public void update(
            String parameter, double[] values, double[] gradient, int length, OptimizerState state, double rate) {
        double[] velocity = state.buffer(parameter, "velocity", length);
        for (int i = 0; i < length; i++) {
            double step = rate * gradient[i];
            velocity[i] = momentum * velocity[i] - step;
            values[i] += momentum * velocity[i] - step;
        }
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
        MATH.nesterovOuterProduct(values, left, right, velocity, rows, columns, momentum, rate);
    }
}
