package org.deltanet.plugins;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginKind;
import org.deltanet.api.RatedOptimizer;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every built-in optimizer is a {@link RatedOptimizer} keeping its contract: over 1-6 steps, each
 * at its own generated learning rate, updating at the rate given with the call gives bit for bit
 * the values and state that the optimizer configured with that {@code learning-rate} gives, in
 * float64 and in float32 (where a schedule's new rate every step then costs no new optimizer).
 */
class RatedOptimizerTest {

    private record Case(double[] start, double[][] gradients, double[] rates) {
        @Override
        public String toString() {
            return "start=" + Arrays.toString(start) + ", gradients=" + Arrays.deepToString(gradients) + ", rates="
                    + Arrays.toString(rates);
        }
    }

    private static final Gen<Case> CASES = Generate.range(1, 40)
            .zip(Generate.range(1, 6), (n, steps) -> new int[] {n, steps})
            .flatMap(s -> Generators.arrays(s[0], Generators.reals(-1, 1))
                    .zip(
                            Generators.arrays(s[0] * s[1], Generators.reals(-1, 1)),
                            Generators.arrays(s[1], Generators.reals(1e-4, 1.0)),
                            (start, g, rates) -> {
                                double[][] gradients = new double[s[1]][];
                                for (int t = 0; t < s[1]; t++) {
                                    gradients[t] = Arrays.copyOfRange(g, t * s[0], (t + 1) * s[0]);
                                }
                                return new Case(start, gradients, rates);
                            }));

    @TestFactory
    Stream<DynamicTest> ratedUpdatesEqualTheOptimizerConfiguredWithThatRate() {
        return BuiltIns.of(PluginKind.OPTIMIZER).stream()
                .map(optimizer -> DynamicTest.dynamicTest(optimizer.name(), () -> {
                    Assertions.assertInstanceOf(RatedOptimizer.class, optimizer);
                    Property.forAll(
                                    optimizer.name() + ": the rated update is the update configured with that rate",
                                    CASES,
                                    c -> agree((RatedOptimizer) optimizer, c))
                            .check()
                            .run();
                }));
    }

    private static void agree(RatedOptimizer optimizer, Case c) {
        double[] rated = c.start().clone();
        double[] configured = c.start().clone();
        float[] ratedFloat = floats(c.start());
        float[] configuredFloat = floats(c.start());
        OptimizerState ratedState = new OptimizerState();
        OptimizerState configuredState = new OptimizerState();
        OptimizerState ratedFloatState = new OptimizerState();
        OptimizerState configuredFloatState = new OptimizerState();
        int n = rated.length;
        for (int t = 0; t < c.rates().length; t++) {
            double rate = c.rates()[t];
            Optimizer at = withRate(optimizer, rate);
            double[] g = c.gradients()[t];
            float[] gf = floats(g);
            ratedState.advance();
            configuredState.advance();
            ratedFloatState.advance();
            configuredFloatState.advance();
            optimizer.update("layer1.weights", rated, g, n, ratedState, rate);
            at.update("layer1.weights", configured, g, n, configuredState);
            optimizer.update("layer1.weights", ratedFloat, gf, n, ratedFloatState, rate);
            at.update("layer1.weights", configuredFloat, gf, n, configuredFloatState);
            if (!Arrays.equals(rated, configured)) {
                throw new AssertionError("step " + (t + 1) + " in float64: rated " + Arrays.toString(rated)
                        + ", configured " + Arrays.toString(configured));
            }
            if (!Arrays.equals(ratedFloat, configuredFloat)) {
                throw new AssertionError("step " + (t + 1) + " in float32: rated " + Arrays.toString(ratedFloat)
                        + ", configured " + Arrays.toString(configuredFloat));
            }
        }
        sameState("float64", ratedState, configuredState);
        sameState("float32", ratedFloatState, configuredFloatState);
    }

    private static void sameState(String precision, OptimizerState rated, OptimizerState configured) {
        Map<String, double[]> expected = configured.snapshot();
        Map<String, double[]> actual = rated.snapshot();
        if (!expected.keySet().equals(actual.keySet())
                || expected.entrySet().stream().anyMatch(e -> !Arrays.equals(e.getValue(), actual.get(e.getKey())))) {
            throw new AssertionError("the optimizer states differ in " + precision + ": rated " + actual.keySet()
                    + ", configured " + expected.keySet());
        }
    }

    private static Optimizer withRate(Optimizer optimizer, double rate) {
        ParameterValues.Builder values = ParameterValues.builder(optimizer.parameters());
        optimizer.values().asMap().forEach(values::set);
        return optimizer.configure(values.set("learning-rate", rate).build());
    }

    private static float[] floats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
