package org.deltanet.testkit;

import java.util.List;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginText;

/**
 * An optimizer with a learning rate and a momentum whose update rule the test supplies, so that
 * one class serves as the correct reference ({@link #HEAVY_BALL}) and as each broken variant.
 */
final class RuleOptimizer implements Optimizer {

    /** One update, given the configured hyper-parameters. */
    @FunctionalInterface
    interface Rule {
        void update(
                double learningRate,
                double momentum,
                String parameter,
                double[] values,
                double[] gradient,
                int length,
                OptimizerState state);
    }

    /** Classic momentum, correct: v &lt;- mu v - alpha g, w &lt;- w + v. */
    static final Rule HEAVY_BALL = (alpha, mu, parameter, w, g, length, state) -> {
        double[] v = state.buffer(parameter, "velocity", length);
        for (int i = 0; i < length; i++) {
            v[i] = mu * v[i] - alpha * g[i];
            w[i] += v[i];
        }
    };

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.positive("learning-rate", 0.01, "step size alpha"),
            ParameterSpec.real("momentum", 0.9, 0.0, 0.99, "velocity decay mu"));

    private final Rule rule;
    private final double learningRate;
    private final double momentum;

    RuleOptimizer(Rule rule) {
        this(rule, 0.01, 0.9);
    }

    private RuleOptimizer(Rule rule, double learningRate, double momentum) {
        this.rule = rule;
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public String name() {
        return "rule";
    }

    @Override
    public String description() {
        return "an update rule supplied by the test";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public ParameterValues values() {
        return ParameterValues.builder(PARAMETERS)
                .set("learning-rate", learningRate)
                .set("momentum", momentum)
                .build();
    }

    @Override
    public Optimizer configure(ParameterValues values) {
        return new RuleOptimizer(rule, values.real("learning-rate"), values.real("momentum"));
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public void update(String parameter, double[] values, double[] gradient, int length, OptimizerState state) {
        rule.update(learningRate, momentum, parameter, values, gradient, length, state);
    }

    @Override
    public String toString() {
        return PluginText.describe(this);
    }
}
