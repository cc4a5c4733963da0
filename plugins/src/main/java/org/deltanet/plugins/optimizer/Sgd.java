package org.deltanet.plugins.optimizer;

import java.util.List;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;

/**
 * {@code sgd}: plain gradient descent, {@code w <- w - alpha g}. Keeps no state.
 *
 * <p>Parameter {@code learning-rate} (alpha), default 0.01, &gt; 0.
 */
public final class Sgd extends ConfiguredOptimizer {

    private static final List<ParameterSpec> PARAMETERS = List.of(learningRate(0.01));

    /** Learning rate 0.01. */
    public Sgd() {
        this(ParameterValues.defaults(PARAMETERS));
    }

    private Sgd(ParameterValues values) {
        super(values, Sgd::new);
    }

    @Override
    public String name() {
        return "sgd";
    }

    @Override
    public String description() {
        return "w <- w - alpha g";
    }

    @Override
    public void update(
            String parameter, double[] values, double[] gradient, int length, OptimizerState state, double rate) {
        for (int i = 0; i < length; i++) {
            values[i] -= rate * gradient[i];
        }
    }
}
