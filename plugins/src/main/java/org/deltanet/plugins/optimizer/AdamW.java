package org.deltanet.plugins.optimizer;

import java.util.List;
import java.util.Map;
import org.deltanet.api.DeclinedLaw;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;

/**
 * {@code adamw}: Adam with decoupled weight decay (Loshchilov and Hutter, 2019): the weights
 * shrink towards 0 by {@code alpha lambda w} apart from the gradient, then take Adam's step on the
 * gradient alone, per element
 * <pre>
 * w &lt;- w - alpha lambda w
 * w &lt;- w - alpha m_hat / (sqrt(v_hat) + epsilon)      (as {@code adam}, slots first-moment, second-moment)
 * </pre>
 * This is PyTorch's {@code AdamW}: the decay is scaled by the learning rate, so a schedule scales
 * both. Unlike L2 regularisation added to the gradient, the decay is not divided by Adam's
 * {@code sqrt(v_hat)}. With {@code weight-decay} 0 it is {@code adam}.
 *
 * <p>Parameters: as {@code adam} ({@code learning-rate} 0.001, {@code beta1} 0.9, {@code beta2}
 * 0.999, {@code epsilon} 1e-8), and {@code weight-decay} (lambda), default 0.01, in [0, 1e6].
 *
 * <p>It declines the test kit's {@code zero-gradient} law when lambda is above 0 (a zero gradient
 * still decays the weights); the law holds, and is checked, with {@code weight-decay} 0.
 */
public final class AdamW extends ConfiguredOptimizer {

    private static final String WEIGHT_DECAY = "weight-decay";
    private static final ParameterSpec DECAY =
            ParameterSpec.real(WEIGHT_DECAY, 0.01, 0.0, 1e6, "decoupled weight decay lambda");

    private final double lambda = values().real(DECAY);
    private final Adam adam = adamWith(values());

    /** As {@code adam}'s defaults, with weight decay 0.01. */
    public AdamW() {
        super(
                "adamw",
                "adam with decoupled weight decay: w <- w - alpha lambda w, then adam's step",
                AdamW::new,
                Adam.RATE,
                Adam.BETA1,
                Adam.BETA2,
                Adam.EPSILON,
                DECAY);
    }

    /** {@code adam} with the values of its parameters among these. */
    private static Adam adamWith(ParameterValues values) {
        Adam plain = new Adam();
        ParameterValues.Builder adamValues = ParameterValues.builder(plain.parameters());
        plain.parameters().forEach(spec -> adamValues.set(spec.name(), values.real(spec)));
        return (Adam) plain.configure(adamValues.build());
    }

    @Override
    public List<DeclinedLaw> declinedLaws() {
        return lambda == 0.0
                ? List.of()
                : List.of(new DeclinedLaw(
                        "zero-gradient", "a zero gradient still decays the weights", Map.of(WEIGHT_DECAY, 0.0)));
    }

    @Override
    public void update(
            String parameter, double[] values, double[] gradient, int length, OptimizerState state, double rate) {
        double keep = 1.0 - rate * lambda;
        for (int i = 0; i < length; i++) {
            values[i] *= keep;
        }
        adam.update(parameter, values, gradient, length, state, rate);
    }

    /** In float: the decay, then adam's float step (moments in float buffers). */
    @Override
    public void update(
            String parameter, float[] values, float[] gradient, int length, OptimizerState state, double rate) {
        float keep = (float) (1.0 - rate * lambda);
        for (int i = 0; i < length; i++) {
            values[i] *= keep;
        }
        adam.update(parameter, values, gradient, length, state, rate);
    }
}
