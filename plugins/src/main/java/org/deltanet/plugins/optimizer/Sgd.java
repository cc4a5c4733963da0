package org.deltanet.plugins.optimizer;

import org.deltanet.api.OptimizerState;

/**
 * {@code sgd}: plain gradient descent, {@code w <- w - alpha g}. Keeps no state.
 *
 * <p>Parameter {@code learning-rate} (alpha), default 0.01, &gt; 0.
 */
public final class Sgd extends ConfiguredOptimizer {

    /** Learning rate 0.01. */
    public Sgd() {
        super("sgd", "w <- w - alpha g", Sgd::new, learningRate(0.01));
    }

    @Override
    public void update(
            String parameter, double[] values, double[] gradient, int length, OptimizerState state, double rate) {
        for (int i = 0; i < length; i++) {
            values[i] -= rate * gradient[i];
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
        MATH.sgdOuterProduct(values, left, right, rows, columns, rate);
    }
}
