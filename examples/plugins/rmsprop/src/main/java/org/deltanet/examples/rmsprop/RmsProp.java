package org.deltanet.examples.rmsprop;

import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;

/**
 * {@code rmsprop}: RMSProp (Hinton, 2012), per element
 * <pre>
 * s &lt;- decay s + (1 - decay) g^2          (slot mean-square, one per parameter)
 * w &lt;- w - alpha g / (sqrt(s) + epsilon)
 * </pre>
 * The running mean square s lives in the {@link OptimizerState}, keyed by the parameter's name
 * ({@code layer1.weights}, ...), so it is saved with checkpoints and each parameter has its own.
 *
 * <p>Parameters: {@code learning-rate} (alpha), default 0.001, &gt; 0; {@code decay}, default 0.9,
 * in [0, 1); {@code epsilon}, default 1e-8, &gt; 0. Used in an experiment file as
 * {@code optimizer: { name: rmsprop, learning-rate: 0.01 }}.
 */
public final class RmsProp extends ConfiguredPlugin<Optimizer> implements Optimizer {

    private static final ParameterSpec LEARNING_RATE =
            ParameterSpec.positive("learning-rate", 0.001, "step size alpha");
    private static final ParameterSpec DECAY =
            ParameterSpec.fraction("decay", 0.9, "how slowly the mean square forgets");
    private static final ParameterSpec EPSILON =
            ParameterSpec.positive("epsilon", 1e-8, "added to the root mean square");

    private final double alpha = values().real(LEARNING_RATE);
    private final double decay = values().real(DECAY);
    private final double epsilon = values().real(EPSILON);

    /** Learning rate 0.001, decay 0.9, epsilon 1e-8: what {@link java.util.ServiceLoader} constructs. */
    public RmsProp() {
        super("rmsprop", "gradient divided by a running root mean square", RmsProp::new, LEARNING_RATE, DECAY, EPSILON);
    }

    @Override
    public double learningRate() {
        return alpha;
    }

    @Override
    public void update(String parameter, double[] w, double[] gradient, int length, OptimizerState state) {
        double[] meanSquare = state.buffer(parameter, "mean-square", length);
        for (int i = 0; i < length; i++) {
            double g = gradient[i];
            meanSquare[i] = decay * meanSquare[i] + (1.0 - decay) * g * g;
            w[i] -= alpha * g / (Math.sqrt(meanSquare[i]) + epsilon);
        }
    }
}
