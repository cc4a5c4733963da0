package org.deltanet.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.deltanet.api.Activation;
import org.deltanet.api.ElementwiseActivation;
import org.deltanet.api.PluginText;
import org.quicktheories.core.Gen;

/**
 * The laws every {@link Activation} obeys, as {@link Property properties} over generated batches
 * ({@link Generators#shapes() 1-6 rows, 1-8 columns}) of net inputs z in [-5, 5], each at least
 * {@value #KINK_CLEARANCE} away from every point of {@link Activation#kinks()}, and upstream
 * gradients dL/da in [-1, 1] (shrinking towards 1, so that a shrunk failure shows f' itself):
 * <ol>
 *   <li><b>backward is the vector-Jacobian product of forward</b> (law {@code gradient}, which
 *       cannot be declined): {@code backward(z, f(z), g)_i}
 *       equals the central difference of {@code sum_j g_j f(z)_j} with respect to {@code z_i},
 *       within {@link Tolerance} (this covers functions that mix units, such as softmax);</li>
 *   <li><b>rows are independent</b> ({@code rows}): forward and backward of the batch equal, bit for bit, the
 *       same calls on each row alone;</li>
 *   <li><b>finite</b> ({@code finite}): forward and backward give finite values on these inputs;</li>
 *   <li><b>inputs unchanged</b> ({@code inputs}): forward leaves z, backward leaves z, a and dL/da as they were;</li>
 *   <li><b>only rows * cols elements</b> ({@code length}): with longer arrays, whose input tails hold NaN, the
 *       results are the same and nothing beyond {@code rows * cols} is written;</li>
 *   <li><b>batch methods agree with the scalar ones</b> ({@code batch}), for an
 *       {@link ElementwiseActivation} (which may override its batch loops, e.g. vectorized):
 *       {@code forward(z)_i} equals {@code value(z_i)} and {@code backward(z, a, g)_i} equals
 *       {@code derivative(z_i, a_i) g_i}, within a relative {@value #BATCH_AGREEMENT} (the last bits
 *       of a vectorized {@code exp});</li>
 *   <li>the {@linkplain ParameterProperties parameter round trip} ({@code parameters}), if the
 *       activation has parameters.</li>
 * </ol>
 * A law other than {@code gradient} may be {@linkplain org.deltanet.api.Plugin#declinedLaws()
 * declined} ({@link LawBook}). Kinks must be more than {@code 4 * KINK_CLEARANCE} apart.
 *
 * <p>Example: {@code ActivationProperties.of(new Swish()).forEach(p -> p.check().run());}, or in
 * JUnit through {@link ActivationContract}.
 */
public final class ActivationProperties {

    /** How far generated net inputs stay from the activation's kinks. */
    public static final double KINK_CLEARANCE = 1e-3;

    /** Relative agreement of an elementwise activation's batch methods with its scalar ones. */
    public static final double BATCH_AGREEMENT = 1e-13;

    private ActivationProperties() {}

    /** One generated case: a batch of net inputs and the upstream gradient for it. */
    private record Case(Generators.Shape shape, double[] z, double[] gradA) {
        @Override
        public String toString() {
            return shape + ", z=" + Arrays.toString(z) + ", dL/da=" + Arrays.toString(gradA);
        }
    }

    /**
     * The properties of this activation, named after {@link PluginText#describe}.
     *
     * @throws IllegalArgumentException if the activation's kinks are 4e-3 apart or closer
     */
    public static List<Property> of(Activation activation) {
        String plugin = PluginText.describe(activation);
        double[] kinks = kinks(activation);
        Gen<Case> cases = Generators.shapes().flatMap(shape -> netInputs(shape, kinks)
                .zip(
                        Generators.arrays(shape.size(), Generators.reals(-1.0, 1.0, 1.0)),
                        (z, gradA) -> new Case(shape, z, gradA)));
        return new LawBook<>("activation", activation)
                .binding(
                        "gradient",
                        a -> List.of(Property.forAll(
                                plugin + ": backward is the vector-Jacobian product of forward",
                                cases,
                                c -> backwardMatchesDifferences(a, c))))
                .forAll("rows", "rows are independent", cases, ActivationProperties::rowsIndependent)
                .forAll("finite", "forward and backward are finite", cases, ActivationProperties::finite)
                .forAll(
                        "inputs",
                        "forward and backward leave their inputs unchanged",
                        cases,
                        ActivationProperties::inputsUnchanged)
                .forAll(
                        "length",
                        "only the first rows * cols elements are read and written",
                        cases,
                        ActivationProperties::onlyUsedElements)
                .law(
                        "batch",
                        a -> a instanceof ElementwiseActivation elementwise
                                ? List.of(Property.forAll(
                                        PluginText.describe(a) + ": batch methods agree with value and derivative",
                                        cases,
                                        c -> batchMatchesScalar(elementwise, c)))
                                : List.of())
                .parameters()
                .properties();
    }

    /**
     * The activation's kinks, sorted.
     *
     * @throws IllegalArgumentException if two are too close to keep clear of both
     */
    static double[] kinks(Activation activation) {
        double[] kinks = activation.kinks().clone();
        Arrays.sort(kinks);
        for (int k = 1; k < kinks.length; k++) {
            if (kinks[k] - kinks[k - 1] <= 4 * KINK_CLEARANCE) {
                throw new IllegalArgumentException(activation.name() + " declares kinks " + kinks[k - 1] + " and "
                        + kinks[k] + ", closer than " + 4 * KINK_CLEARANCE);
            }
        }
        return kinks;
    }

    /**
     * Net inputs in [-5, 5] of the given shape, pushed to {@code 2 * KINK_CLEARANCE} from any of
     * the {@link #kinks} they fall within {@link #KINK_CLEARANCE} of.
     */
    static Gen<double[]> netInputs(Generators.Shape shape, double[] kinks) {
        return Generators.arrays(
                shape.size(),
                Generators.reals(-Domain.REAL_LIMIT, Domain.REAL_LIMIT).map(z -> awayFromKinks(z, kinks)));
    }

    private static double awayFromKinks(double z, double[] kinks) {
        for (double kink : kinks) {
            if (Math.abs(z - kink) < KINK_CLEARANCE) {
                return z < kink ? kink - 2 * KINK_CLEARANCE : kink + 2 * KINK_CLEARANCE;
            }
        }
        return z;
    }

    private static void backwardMatchesDifferences(Activation activation, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        int n = c.shape().size();
        double[] a = forward(activation, c.z(), rows, cols);
        double[] gradZ = backward(activation, c.z(), a, c.gradA(), rows, cols);
        double[] work = new double[n];
        ToDoubleFunction<double[]> weightedOutputs = z -> {
            activation.forward(z, work, rows, cols);
            return Buffers.dot(c.gradA(), work, n);
        };
        double[] z = c.z().clone();
        for (int i = 0; i < n; i++) {
            Tolerance.check(
                    "dL/dz = backward(z, f(z), dL/da)",
                    Buffers.at(i, cols),
                    gradZ[i],
                    FiniteDifferences.partial(weightedOutputs, z, i));
        }
    }

    private static void batchMatchesScalar(ElementwiseActivation activation, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double[] a = forward(activation, c.z(), rows, cols);
        double[] gradZ = backward(activation, c.z(), a, c.gradA(), rows, cols);
        for (int i = 0; i < c.shape().size(); i++) {
            double z = c.z()[i];
            requireClose("forward vs value(z)", Buffers.at(i, cols), a[i], activation.value(z));
            requireClose(
                    "backward vs derivative(z, a) * dL/da",
                    Buffers.at(i, cols),
                    gradZ[i],
                    activation.derivative(z, a[i]) * c.gradA()[i]);
        }
    }

    private static void requireClose(String quantity, String where, double batch, double scalar) {
        if (!(Math.abs(batch - scalar) <= BATCH_AGREEMENT * Math.abs(scalar) + Double.MIN_NORMAL)) {
            throw new AssertionError(quantity + " at " + where + ": batch method gave " + batch + ", scalar " + scalar);
        }
    }

    private static void rowsIndependent(Activation activation, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double[] a = forward(activation, c.z(), rows, cols);
        double[] gradZ = backward(activation, c.z(), a, c.gradA(), rows, cols);
        for (int r = 0; r < rows; r++) {
            double[] z = Buffers.row(c.z(), r, cols);
            double[] rowA = forward(activation, z, 1, cols);
            Buffers.requireIdentical(
                    "forward of row " + r + " alone (vs. in the batch)", Buffers.row(a, r, cols), rowA, cols, cols);
            Buffers.requireIdentical(
                    "backward of row " + r + " alone (vs. in the batch)",
                    Buffers.row(gradZ, r, cols),
                    backward(activation, z, rowA, Buffers.row(c.gradA(), r, cols), 1, cols),
                    cols,
                    cols);
        }
    }

    private static void finite(Activation activation, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        double[] a = forward(activation, c.z(), rows, cols);
        Buffers.requireFinite("forward", a, c.shape().size(), cols);
        Buffers.requireFinite(
                "backward",
                backward(activation, c.z(), a, c.gradA(), rows, cols),
                c.shape().size(),
                cols);
    }

    private static void inputsUnchanged(Activation activation, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        int n = c.shape().size();
        double[] z = c.z().clone();
        double[] a = new double[n];
        activation.forward(z, a, rows, cols);
        Buffers.requireIdentical("z after forward", c.z(), z, n, cols);
        double[] aBefore = a.clone();
        double[] gradA = c.gradA().clone();
        activation.backward(z, a, gradA, new double[n], rows, cols);
        Buffers.requireIdentical("z after backward", c.z(), z, n, cols);
        Buffers.requireIdentical("a after backward", aBefore, a, n, cols);
        Buffers.requireIdentical("dL/da after backward", c.gradA(), gradA, n, cols);
    }

    private static void onlyUsedElements(Activation activation, Case c) {
        int rows = c.shape().rows();
        int cols = c.shape().cols();
        int n = c.shape().size();
        double[] a = forward(activation, c.z(), rows, cols);
        double[] gradZ = backward(activation, c.z(), a, c.gradA(), rows, cols);

        double[] paddedZ = Buffers.paddedInput(c.z());
        double[] paddedA = Buffers.paddedOutput(new double[n]);
        activation.forward(paddedZ, paddedA, rows, cols);
        Buffers.requirePaddingIntact("forward", paddedA, n);
        Buffers.requireIdentical("forward with longer arrays", a, paddedA, n, cols);

        double[] paddedGradZ = Buffers.paddedOutput(new double[n]);
        activation.backward(paddedZ, Buffers.paddedInput(a), Buffers.paddedInput(c.gradA()), paddedGradZ, rows, cols);
        Buffers.requirePaddingIntact("backward", paddedGradZ, n);
        Buffers.requireIdentical("backward with longer arrays", gradZ, paddedGradZ, n, cols);
    }

    /** {@code f(z)} in a new array. */
    static double[] forward(Activation activation, double[] z, int rows, int cols) {
        double[] a = new double[rows * cols];
        activation.forward(z, a, rows, cols);
        return a;
    }

    private static double[] backward(
            Activation activation, double[] z, double[] a, double[] gradA, int rows, int cols) {
        double[] gradZ = new double[rows * cols];
        activation.backward(z, a, gradA, gradZ, rows, cols);
        return gradZ;
    }
}
