package org.deltanet.plugins.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deltanet.api.Activation;
import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.api.ParameterSpec;
import org.deltanet.plugins.BuiltIns;
import org.deltanet.plugins.activation.Sigmoid;
import org.deltanet.plugins.activation.Softmax;
import org.junit.jupiter.api.Test;

class ShortcutTest {

    @Test
    void eachLossDeclaresExactlyItsNaturalPairing() {
        assertPairsOnlyWith(new SquaredError(), "identity");
        assertPairsOnlyWith(new BinaryCrossEntropy(), "sigmoid");
        assertPairsOnlyWith(new CrossEntropy(), "softmax");
    }

    @Test
    void pairingGoesByNameNotByClass() {
        assertTrue(new BinaryCrossEntropy()
                .shortcutFor(standIn("sigmoid", List.of()))
                .isPresent());
    }

    @Test
    void activationsWithParametersNeverPair() {
        List<ParameterSpec> gain = List.of(ParameterSpec.real("gain", 1.0, 0.0, 2.0, "scales the output"));
        assertFalse(new SquaredError().shortcutFor(standIn("identity", gain)).isPresent());
    }

    /** sigmoid(800) rounds to 1, so log(1 - a) is -infinity; softplus keeps L = 800 + 800. */
    @Test
    void logLossAfterSigmoidStaysFiniteWhereTheOutputsSaturate() {
        double[] z = {800.0, -800.0};
        double[] y = {0.0, 1.0};
        double[] a = forward(new Sigmoid(), z);
        BinaryCrossEntropy loss = new BinaryCrossEntropy();
        assertEquals(Double.POSITIVE_INFINITY, loss.value(a, y, 1, 2));
        assertEquals(1600.0, shortcut(loss, new Sigmoid()).value(z, a, y, 1, 2));
    }

    /** softmax([1000, 0]) rounds to [1, 0], so log a_2 is -infinity; log-sum-exp keeps L = 1000 - 0. */
    @Test
    void crossEntropyAfterSoftmaxStaysFiniteWhereAnOutputUnderflows() {
        double[] z = {1000.0, 0.0};
        double[] y = {0.0, 1.0};
        double[] a = forward(new Softmax(), z);
        CrossEntropy loss = new CrossEntropy();
        assertEquals(Double.POSITIVE_INFINITY, loss.value(a, y, 1, 2));
        assertEquals(1000.0, shortcut(loss, new Softmax()).value(z, a, y, 1, 2));
    }

    private static void assertPairsOnlyWith(Loss loss, String activation) {
        List<String> paired = BuiltIns.activations().stream()
                .filter(candidate -> loss.shortcutFor(candidate).isPresent())
                .map(Activation::name)
                .toList();
        assertEquals(List.of(activation), paired);
    }

    /** An activation of another class with the given name and parameters. */
    private static Activation standIn(String name, List<ParameterSpec> parameters) {
        return new ElementwiseActivation(
                name,
                "a stand-in from another plugin",
                () -> standIn(name, parameters),
                parameters.toArray(ParameterSpec[]::new)) {
            @Override
            public double value(double z) {
                return z;
            }

            @Override
            public double derivative(double z, double a) {
                return 1.0;
            }
        };
    }

    private static OutputShortcut shortcut(Loss loss, Activation activation) {
        return loss.shortcutFor(activation).orElseThrow();
    }

    private static double[] forward(Activation activation, double[] z) {
        double[] a = new double[z.length];
        activation.forward(z, a, 1, z.length);
        return a;
    }
}
