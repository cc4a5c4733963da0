package org.deltanet.examples.sgdw;

import java.util.List;
import java.util.Map;
import org.deltanet.api.ConfiguredPlugin;
import org.deltanet.api.DeclinedLaw;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;

/**
 * {@code sgdw}: gradient descent with decoupled weight decay (Loshchilov and Hutter's SGDW without
 * momentum), per element
 * <pre>
 * w &lt;- (1 - alpha lambda) w - alpha g
 * </pre>
 * The decay is not part of the gradient, so a zero gradient still shrinks the weights: the plugin
 * {@linkplain #declinedLaws() declines} the test kit's {@code zero-gradient} law while lambda is
 * above 0, and says the law holds with {@code weight-decay} 0.
 *
 * <p>Parameters: {@code learning-rate} (alpha), default 0.01, &gt; 0; {@code weight-decay}
 * (lambda), default 0.01, in [0, 100]. Used as
 * {@code optimizer: { name: sgdw, learning-rate: 0.1, weight-decay: 0.001 }}.
 */
public final class Sgdw extends ConfiguredPlugin<Optimizer> implements Optimizer {

    private static final ParameterSpec LEARNING_RATE = ParameterSpec.positive("learning-rate", 0.01, "step size alpha");
    private static final ParameterSpec WEIGHT_DECAY =
            ParameterSpec.real("weight-decay", 0.01, 0.0, 100.0, "decoupled weight decay lambda");

    private final double alpha = values().real(LEARNING_RATE);
    private final double lambda = values().real(WEIGHT_DECAY);

    /** Learning rate 0.01, weight decay 0.01. */
    public Sgdw() {
        super("sgdw", "w <- (1 - alpha lambda) w - alpha g", Sgdw::new, LEARNING_RATE, WEIGHT_DECAY);
    }

    @Override
    public double learningRate() {
        return alpha;
    }

    @Override
    public List<DeclinedLaw> declinedLaws() {
        return lambda == 0.0
                ? List.of()
                : List.of(new DeclinedLaw(
                        "zero-gradient", "a zero gradient still decays the weights", Map.of(WEIGHT_DECAY.name(), 0.0)));
    }

    @Override
    public void update(String parameter, double[] w, double[] gradient, int length, OptimizerState state) {
        double keep = 1.0 - alpha * lambda;
        for (int i = 0; i < length; i++) {
            w[i] = keep * w[i] - alpha * gradient[i];
        }
    }
}
