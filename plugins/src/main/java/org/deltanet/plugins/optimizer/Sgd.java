package org.deltanet.plugins.optimizer;

import java.util.List;

import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginText;

/**
 * {@code sgd}: plain gradient descent, {@code w <- w - alpha g}. Keeps no state.
 *
 * <p>Parameter {@code learning-rate} (alpha), default 0.01, &gt; 0.
 */
public final class Sgd implements Optimizer {

    private static final List<ParameterSpec> PARAMETERS = List.of(Hyperparameters.learningRate(0.01));

    private final ParameterValues values;
    private final double learningRate;

    /** Learning rate 0.01. */
    public Sgd() {
        this(ParameterValues.defaults(PARAMETERS));
    }

    private Sgd(ParameterValues values) {
        this.values = values;
        this.learningRate = values.real(Hyperparameters.LEARNING_RATE);
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
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ParameterValues values() {
        return values;
    }

    @Override
    public Optimizer configure(ParameterValues values) {
        return new Sgd(values);
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void update(String parameter, double[] values, double[] gradient, int length, OptimizerState state) {
        for (int i = 0; i < length; i++) {
            values[i] -= learningRate * gradient[i];
        }
    }

    @Override
    public String toString() {
        return PluginText.describe(this);
    }
}
