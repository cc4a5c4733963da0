package org.deltanet.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.OutputShortcut;
import org.deltanet.api.PluginText;
import org.quicktheories.core.Gen;

/**
 * The laws every {@link Loss} obeys, as {@link Property properties} over generated batches
 * (1-6 rows, 1-8 columns) of outputs o from the loss's output {@link Domain} and targets y from
 * its target domain:
 * <ol>
 *   <li><b>gradient</b> (law {@code gradient}, which cannot be declined): {@code gradient(o, y)_i / rows} equals the central difference of
 *       {@code value(o, y)} (the batch mean J) with respect to {@code o_i}, within
 *       {@link Tolerance};</li>
 *   <li><b>mean</b> ({@code mean}): the value of a batch equals the mean of the values of its rows, each alone,
 *       within {@link Tolerance};</li>
 *   <li><b>only rows * cols elements</b> ({@code length}): with longer arrays, whose input tails hold NaN, value
 *       and gradient are the same and nothing beyond {@code rows * cols} is written; o and y are left
 *       unchanged.</li>
 * </ol>
 * and, for every candidate output activation f for which {@link Loss#shortcutFor} is present, over
 * net inputs z in [-5, 5] (away from f's kinks), a = f(z) and targets y (law {@code shortcut},
 * which cannot be declined either):
 * <ol start="4">
 *   <li><b>shortcut delta</b>: {@code shortcut.delta(z, a, y)} equals the generic composition
 *       {@code f.backward(z, a, loss.gradient(a, y))};</li>
 *   <li><b>shortcut value</b>: {@code shortcut.value(z, a, y)} equals {@code loss.value(a, y)};</li>
 *   <li><b>shortcut gradient</b>: {@code shortcut.delta(z, a, y)_i} equals {@code rows} times the
 *       central difference of {@code shortcut.value(z, f(z), y)} with respect to {@code z_i};</li>
 * </ol>
 * plus the {@linkplain ParameterProperties parameter round trip} ({@code parameters}) if the loss
 * has parameters. The laws {@code mean}, {@code length} and {@code parameters} may be
 * {@linkplain org.deltanet.api.Plugin#declinedLaws() declined} ({@link LawBook}).
 *
 * <p>Example: {@code LossProperties.of(new Hinge(), Domain.REAL, Domain.UNIT_INTERVAL, List.of())},
 * or in JUnit through {@link LossContract}.
 */
public final class LossProperties {

    private LossProperties() {}

    /** One generated case: outputs and targets (or net inputs and targets, for shortcuts). */
    private record Case(Generators.Shape shape, double[] x, double[] y, String xName) {
        @Override
        public String toString() {
            return shape + ", " + xName + "=" + Arrays.toString(x) + ", y=" + Arrays.toString(y);
        }
    }

    /**
     * The properties of this loss.
     *
     * @param loss                       the loss under test
     * @param outputs                    where its outputs o live (drawn from the interior)
     * @param targets                    where its targets y live
     * @param candidateOutputActivations activations to ask {@link Loss#shortcutFor} about; the
     *                                   shortcut properties are added for each one that has a shortcut
     */
    public static List<Property> of(
            Loss loss, Domain outputs, Domain targets, List<Activation> candidateOutputActivations) {
        return properties(loss, outputs, targets, candidateOutputActivations);
    }

    /**
     * The properties of this loss on the domains it declares ({@link Loss#outputDomain()},
     * {@link Loss#targetDomain()}).
     */
    public static List<Property> of(Loss loss, List<Activation> candidateOutputActivations) {
        return properties(
                loss, Domain.of(loss.outputDomain()), Domain.of(loss.targetDomain()), candidateOutputActivations);
    }

    private static List<Property> properties(
            Loss loss, Domain outputs, Domain targets, List<Activation> candidateOutputActivations) {
        String plugin = PluginText.describe(loss);
        Gen<Case> cases = Generators.shapes().flatMap(shape -> outputs.outputs(shape)
                .zip(targets.targets(shape), (o, y) -> new Case(shape, o, y, "o")));
        return new LawBook<>("loss", loss)
                .binding(
                        "gradient",
                        l -> List.of(Property.forAll(
                                plugin + ": gradient / rows is the derivative of value",
                                cases,
                                c -> gradientMatchesDifferences(l, c))))
                .forAll("mean", "value is the mean of the rows' values", cases, LossProperties::meanOfRows)
                .forAll(
                        "length",
                        "only the first rows * cols elements are read and written",
                        cases,
                        LossProperties::onlyUsedElements)
                .binding("shortcut", l -> shortcuts(l, targets, candidateOutputActivations))
                .parameters()
                .properties();
    }

    private static List<Property> shortcuts(Loss loss, Domain targets, List<Activation> candidateOutputActivations) {
        String plugin = PluginText.describe(loss);
        List<Property> properties = new ArrayList<>();
        for (Activation activation : candidateOutputActivations) {
            loss.shortcutFor(activation)
                    .ifPresent(shortcut ->
                            properties.addAll(shortcutProperties(plugin, loss, activation, shortcut, targets)));
        }
        return properties;
    }

    private static List<Property> shortcutProperties(
            String plugin, Loss loss, Activation activation, OutputShortcut shortcut, Domain targets) {
        String prefix = plugin + ": shortcut after " + PluginText.describe(activation) + ": ";
        double[] kinks = ActivationProperties.kinks(activation);
        Gen<Case> cases = Generators.shapes().flatMap(shape -> ActivationProperties.netInputs(shape, kinks)
                .zip(targets.targets(shape), (z, y) -> new Case(shape, z, y, "z")));
        return List.of(
                Property.forAll(
                        prefix + "delta equals backward of the loss gradient",
                        cases,
                        c -> shortcutDeltaComposes(loss, activation, shortcut, c)),
                Property.forAll(
                        prefix + "value equals the loss value",
                        cases,
                        c -> shortcutValueAgrees(loss, activation, shortcut, c)),
                Property.forAll(
                        prefix + "delta is rows times the derivative of its value",
                        cases,
                        c -> shortcutDeltaMatchesDifferences(activation, shortcut, c)));
    }

    private static void gradientMatchesDifferences(Loss loss, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double[] gradient = gradient(loss, c.x(), c.y(), rows, cols);
        double[] o = c.x().clone();
        for (int i = 0; i < c.shape().size(); i++) {
            Tolerance.check(
                    "dJ/do = gradient / rows",
                    Buffers.at(i, cols),
                    gradient[i] / rows,
                    FiniteDifferences.partial(outputs -> loss.value(outputs, c.y(), rows, cols), o, i));
        }
    }

    private static void meanOfRows(Loss loss, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            sum += loss.value(Buffers.row(c.x(), r, cols), Buffers.row(c.y(), r, cols), 1, cols);
        }
        Tolerance.check(
                "J of the batch (analytic) vs. mean of the rows' J (numeric)",
                "the whole batch",
                loss.value(c.x(), c.y(), rows, cols),
                sum / rows);
    }

    private static void onlyUsedElements(Loss loss, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        int n = c.shape().size();
        double[] o = Buffers.paddedInput(c.x());
        double[] y = Buffers.paddedInput(c.y());
        double value = loss.value(o, y, rows, cols);
        if (Double.compare(value, loss.value(c.x(), c.y(), rows, cols)) != 0) {
            throw new AssertionError("value with longer arrays is " + value + ", with exact ones "
                    + loss.value(c.x(), c.y(), rows, cols));
        }
        double[] gradient = Buffers.paddedOutput(new double[n]);
        loss.gradient(o, y, gradient, rows, cols);
        Buffers.requirePaddingIntact("gradient", gradient, n);
        Buffers.requireIdentical(
                "gradient with longer arrays", gradient(loss, c.x(), c.y(), rows, cols), gradient, n, cols);
        Buffers.requireIdentical("o after value and gradient", c.x(), o, n, cols);
        Buffers.requireIdentical("y after value and gradient", c.y(), y, n, cols);
    }

    private static void shortcutDeltaComposes(Loss loss, Activation activation, OutputShortcut shortcut, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double[] a = ActivationProperties.forward(activation, c.x(), rows, cols);
        double[] composed = new double[c.shape().size()];
        activation.backward(c.x(), a, gradient(loss, a, c.y(), rows, cols), composed, rows, cols);
        double[] delta = delta(shortcut, c.x(), a, c.y(), rows, cols);
        for (int i = 0; i < c.shape().size(); i++) {
            Tolerance.check(
                    "shortcut delta (analytic) vs. backward(z, a, gradient(a, y)) (numeric)",
                    Buffers.at(i, cols),
                    delta[i],
                    composed[i]);
        }
    }

    private static void shortcutValueAgrees(Loss loss, Activation activation, OutputShortcut shortcut, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double[] a = ActivationProperties.forward(activation, c.x(), rows, cols);
        Tolerance.check(
                "shortcut value (analytic) vs. loss value (numeric)",
                "the whole batch",
                shortcut.value(c.x(), a, c.y(), rows, cols),
                loss.value(a, c.y(), rows, cols));
    }

    private static void shortcutDeltaMatchesDifferences(Activation activation, OutputShortcut shortcut, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double[] delta =
                delta(shortcut, c.x(), ActivationProperties.forward(activation, c.x(), rows, cols), c.y(), rows, cols);
        double[] work = new double[c.shape().size()];
        double[] z = c.x().clone();
        for (int i = 0; i < c.shape().size(); i++) {
            double numeric = rows
                    * FiniteDifferences.partial(
                            net -> {
                                activation.forward(net, work, rows, cols);
                                return shortcut.value(net, work, c.y(), rows, cols);
                            },
                            z,
                            i);
            Tolerance.check("shortcut delta vs. rows * d(shortcut value)/dz", Buffers.at(i, cols), delta[i], numeric);
        }
    }

    private static double[] gradient(Loss loss, double[] o, double[] y, int rows, int cols) {
        double[] gradient = new double[rows * cols];
        loss.gradient(o, y, gradient, rows, cols);
        return gradient;
    }

    private static double[] delta(OutputShortcut shortcut, double[] z, double[] a, double[] y, int rows, int cols) {
        double[] delta = new double[rows * cols];
        shortcut.delta(z, a, y, delta, rows, cols);
        return delta;
    }
}
