package org.deltanet.plugins;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.OutputShortcut;
import org.deltanet.api.PluginKind;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every built-in's single-precision methods (the float code of the Vector API where it is present,
 * the SPI's converting default otherwise) against its double methods on the same inputs (generated,
 * then rounded to float so both see the same numbers), within float rounding: relative
 * {@value #RELATIVE} plus absolute {@value #ABSOLUTE}. Shapes up to 40 columns, so that the
 * sixteen float lanes see full vectors and scalar tails.
 */
class Float32AgreementTest {

    private static final double RELATIVE = 1e-5;
    private static final double ABSOLUTE = 1e-6;

    /** Three float-representable arrays of one shape: inputs, a second operand, state. */
    private record Case(int rows, int cols, double[] x, double[] y, double[] u) {
        int n() {
            return rows * cols;
        }

        @Override
        public String toString() {
            return "rows=" + rows + ", cols=" + cols + ", x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y)
                    + ", u=" + Arrays.toString(u);
        }
    }

    private static Gen<Case> cases(double low, double high) {
        return Generate.range(1, 4)
                .zip(Generate.range(1, 40), (r, c) -> new int[] {r, c})
                .flatMap(shape -> rounded(shape[0] * shape[1], low, high)
                        .zip(
                                rounded(shape[0] * shape[1], -1, 1),
                                rounded(shape[0] * shape[1], 0.01, 0.99),
                                (x, y, u) -> new Case(shape[0], shape[1], x, y, u)));
    }

    private static Gen<double[]> rounded(int n, double low, double high) {
        return Generators.arrays(n, Generators.reals(low, high).map(v -> (double) v.floatValue()));
    }

    @TestFactory
    Stream<DynamicTest> activationsAgreeInFloat() {
        return BuiltIns.activations().stream()
                .map(activation -> DynamicTest.dynamicTest(
                        activation.name(),
                        () -> check(activation.name() + " float vs double", cases(-8, 8), c -> {
                            double[] a = new double[c.n()];
                            activation.forward(c.x(), a, c.rows(), c.cols());
                            float[] af = new float[c.n()];
                            activation.forward(floats(c.x()), af, c.rows(), c.cols());
                            close("a", a, af);
                            double[] gradZ = new double[c.n()];
                            double[] aRounded = widened(af);
                            activation.backward(c.x(), aRounded, c.y(), gradZ, c.rows(), c.cols());
                            float[] gradZf = new float[c.n()];
                            activation.backward(floats(c.x()), af, floats(c.y()), gradZf, c.rows(), c.cols());
                            close("dL/dz", gradZ, gradZf);
                        })));
    }

    @TestFactory
    Stream<DynamicTest> lossesAndShortcutsAgreeInFloat() {
        List<Loss> losses = BuiltIns.of(PluginKind.LOSS);
        return losses.stream().flatMap(loss -> BuiltIns.activations().stream().map(output -> {
            OutputShortcut shortcut = loss.shortcutFor(output).orElse(null);
            return DynamicTest.dynamicTest(
                    loss.name() + " after " + output.name(),
                    () -> check(loss.name() + " float vs double", cases(-5, 5), c -> {
                        double[] a = new double[c.n()];
                        output.forward(c.x(), a, c.rows(), c.cols());
                        float[] af = floats(a);
                        double[] target = c.u();
                        if (shortcut != null) {
                            double expected = shortcut.value(c.x(), widened(af), target, c.rows(), c.cols());
                            double actual = shortcut.value(floats(c.x()), af, floats(target), c.rows(), c.cols());
                            close("shortcut value", new double[] {expected}, new float[] {(float) actual});
                            double[] delta = new double[c.n()];
                            shortcut.delta(c.x(), widened(af), target, delta, c.rows(), c.cols());
                            float[] deltaF = new float[c.n()];
                            shortcut.delta(floats(c.x()), af, floats(target), deltaF, c.rows(), c.cols());
                            close("shortcut delta", delta, deltaF);
                        }
                        double[] o = c.u(); // in [0.01, 0.99]: every built-in loss is defined there
                        double expected = loss.value(o, c.u(), c.rows(), c.cols());
                        close("value", new double[] {expected}, new float[] {
                            (float) loss.value(floats(o), floats(c.u()), c.rows(), c.cols())
                        });
                        double[] grad = new double[c.n()];
                        loss.gradient(o, c.y(), grad, c.rows(), c.cols());
                        float[] gradF = new float[c.n()];
                        loss.gradient(floats(o), floats(c.y()), gradF, c.rows(), c.cols());
                        close("gradient", grad, gradF);
                    }));
        }));
    }

    @TestFactory
    Stream<DynamicTest> optimizersAgreeInFloatOverThreeSteps() {
        List<Optimizer> optimizers = BuiltIns.of(PluginKind.OPTIMIZER);
        return optimizers.stream()
                .map(optimizer -> DynamicTest.dynamicTest(
                        optimizer.name(),
                        () -> check(optimizer.name() + " float vs double", cases(-2, 2), c -> {
                            double[] w = c.x().clone();
                            float[] wf = floats(c.x());
                            OptimizerState state = new OptimizerState();
                            OptimizerState floatState = new OptimizerState();
                            for (int step = 0; step < 3; step++) {
                                double[] g = step % 2 == 0 ? c.y() : c.u();
                                state.advance();
                                floatState.advance();
                                optimizer.update("w", w, g, c.n(), state);
                                optimizer.update("w", wf, floats(g), c.n(), floatState);
                                close("w after step " + (step + 1), w, wf);
                            }
                        })));
    }

    private static void check(String name, Gen<Case> cases, java.util.function.Consumer<Case> property) {
        Property.forAll(name, cases, property).check().run();
    }

    private static float[] floats(double[] values) {
        float[] rounded = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = (float) values[i];
        }
        return rounded;
    }

    private static double[] widened(float[] values) {
        double[] wide = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            wide[i] = values[i];
        }
        return wide;
    }

    private static void close(String what, double[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(expected[i] - actual[i]) <= RELATIVE * Math.abs(expected[i]) + ABSOLUTE)) {
                throw new AssertionError(what + "[" + i + "]: double " + expected[i] + ", float " + actual[i]);
            }
        }
    }
}
