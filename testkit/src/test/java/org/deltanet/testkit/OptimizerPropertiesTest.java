package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertAllHold;
import static org.deltanet.testkit.PropertyAssertions.assertFalsified;
import static org.deltanet.testkit.PropertyAssertions.assertMentions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deltanet.api.Optimizer;
import org.deltanet.api.ParameterValues;
import org.junit.jupiter.api.Test;

class OptimizerPropertiesTest {

    private static List<Property> properties(RuleOptimizer.Rule rule) {
        return OptimizerProperties.of(new RuleOptimizer(rule));
    }

    @Test
    void classicMomentumHoldsEveryProperty() {
        assertAllHold(properties(RuleOptimizer.HEAVY_BALL));
    }

    @Test
    void plainGradientDescentHoldsEveryProperty() {
        Optimizer momentumless = new RuleOptimizer(RuleOptimizer.HEAVY_BALL);
        momentumless = momentumless.configure(ParameterValues.builder(momentumless.parameters())
                .set("momentum", 0.0)
                .build());
        assertAllHold(OptimizerProperties.of(momentumless));
    }

    @Test
    void climbingFailsDescentAndDirection() {
        List<Property> ascent = properties((alpha, mu, parameter, w, g, length, state) -> {
            for (int i = 0; i < length; i++) {
                w[i] += alpha * g[i];
            }
        });
        assertMentions(
                assertFalsified(ascent, "do not increase"),
                "step 1 increased f from ",
                "layer1.weights: c=[",
                "t=[",
                "w0=[");
        assertMentions(assertFalsified(ascent, "against the gradient"), "sum of dw * g over the first step is ");
    }

    @Test
    void ignoringTheLearningRateFailsDescent() {
        List<Property> unitStep = properties((alpha, mu, parameter, w, g, length, state) -> {
            for (int i = 0; i < length; i++) {
                w[i] -= g[i];
            }
        });
        assertMentions(assertFalsified(unitStep, "do not increase"), " increased f from ");
    }

    @Test
    void weightDecayFailsTheZeroGradientProperty() {
        List<Property> decay = properties((alpha, mu, parameter, w, g, length, state) -> {
            for (int i = 0; i < length; i++) {
                w[i] -= alpha * (g[i] + 1e-3 * w[i]);
            }
        });
        assertMentions(
                assertFalsified(decay, "zero gradient"), "with a zero gradient, layer1.weights changed at index 0");
    }

    @Test
    void velocityKeptOutsideTheStateFailsRestore() {
        Map<String, double[]> privateVelocities = new HashMap<>();
        List<Property> ignoresState = properties((alpha, mu, parameter, w, g, length, state) -> {
            double[] v = privateVelocities.computeIfAbsent(parameter, p -> new double[length]);
            for (int i = 0; i < length; i++) {
                v[i] = mu * v[i] - alpha * g[i];
                w[i] += v[i];
            }
        });
        assertMentions(
                assertFalsified(ignoresState, "restored snapshot"),
                "after restoring the snapshot of step ",
                "differs at index ");
    }

    @Test
    void updatingTheWholeBufferFailsTheLengthProperty() {
        List<Property> wholeBuffer = properties((alpha, mu, parameter, w, g, length, state) ->
                RuleOptimizer.HEAVY_BALL.update(alpha, mu, parameter, w, g, w.length, state));
        assertMentions(assertFalsified(wholeBuffer, "only the first length elements"), "wrote NaN to index ");
    }
}
