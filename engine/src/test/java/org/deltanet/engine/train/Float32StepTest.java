package org.deltanet.engine.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.deltanet.api.Activation;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Clipping;
import org.deltanet.engine.regularize.LayerPenalty;
import org.deltanet.engine.regularize.Penalty;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.testkit.Generators;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A float32 training step agrees with the float64 step to float tolerance, on generated networks
 * (every head, hidden activation and mask of {@link Networks#cases}), from the same float-valued
 * weights and batch, with sgd, momentum and nesterov, on every float kernel path, without and with
 * generated regularization (an L1 or L2 penalty, dropout, clipping, class weights, each present or
 * not, from {@link RegularizationPropertiesTest}'s generators): each weight and bias after the
 * step within {@value #RELATIVE} of the step's change plus {@value #ABSOLUTE} (times max(1, |w|)),
 * plus what the float rounding of activation outputs can do (below). The float64 step is the one
 * checked against finite differences. Adam is left out here: its first step is
 * {@code alpha g / (|g| + epsilon)}, whose sign for a gradient near 0 is not a matter of float
 * tolerance (its update is checked against double in the plugins' Float32AgreementTest).
 *
 * <p>Two things a float32 step cannot share with the float64 one are not float tolerance, and the
 * comparison allows for them. <b>Kinks:</b> a net input within
 * {@link org.deltanet.testkit.ActivationProperties#KINK_CLEARANCE} of a kink (relu's 0) may fall on
 * the other side of it in float, and the derivative jumps; such cases are not generated
 * ({@link Networks.Case#clearOfKinks}). <b>Outputs near an asymptote:</b> an activation's
 * derivative is computed from its outputs (tanh's {@code 1 - a^2}), and where an output stands
 * within a few float ulps of an asymptote the derivative taken from it has few or no correct
 * digits (tanh of -9.02 is -0.99999997 in double and -1.0 in float: a derivative of 5.8e-8
 * against 0, which moved a weight by 2.3e-6 against nothing, in one case of about 24,000; a
 * sigmoid output of 0.99998065, whose {@code 1 - a} float holds to 3 digits, moved one by 0.3% too
 * little; PyTorch's tanh backward is {@code 1 - y^2} of its float output too). So the float64
 * reference takes each derivative at its outputs rounded to float, in double arithmetic, and each
 * weight is also allowed what moving those outputs by {@value #OUTPUT_ULPS} ulps would move it
 * ({@link #outputRoundingBounds}); everything else the reference computes as the step checked
 * against finite differences does.
 */
class Float32StepTest {

    private static final double RELATIVE = 1e-3;
    private static final double ABSOLUTE = 1e-6;
    /** How far, in float ulps, a float forward's activation outputs may stand from the double ones rounded. */
    private static final int OUTPUT_ULPS = 2;

    private static final double LEARNING_RATE = 0.1;
    /**
     * The most any of the optimizers moves a weight per unit of gradient in a first step:
     * nesterov's lr (1 + mu), mu 0.9 by default.
     */
    private static final double MOST_STEP_PER_GRADIENT = LEARNING_RATE * (1 + 0.9);

    private static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "nesterov");
    /** The run seed both steps draw their dropout masks from. */
    private static final long SEED = 7L;

    private record Step(Networks.Case example, String optimizer) {
        @Override
        public String toString() {
            return example + ", optimizer=" + optimizer;
        }
    }

    /** A step with regularization. */
    private record Regularized(Networks.Case example, String optimizer, Regularization regularization) {
        @Override
        public String toString() {
            List<String> layers = new ArrayList<>();
            for (int l = 1; l <= example.layers().size(); l++) {
                layers.add(regularization.penalty().layer(l).toString());
            }
            return example + ", optimizer=" + optimizer + ", penalties " + layers + ", dropout "
                    + regularization.dropout() + ", " + regularization.clipping() + ", class weights "
                    + Arrays.toString(regularization.classWeights());
        }
    }

    @TestFactory
    Stream<DynamicTest> oneFloatStepAgreesWithTheDoubleStep() {
        Gen<Step> steps = casesClearOfKinks().zip(Generate.pick(OPTIMIZERS), Step::new);
        return FloatKernels.available().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                "one float32 step on " + kernels.name() + " agrees with the float64 step",
                                steps,
                                step -> agree(step.example(), step.optimizer(), Regularization.NONE, kernels))
                        .check()
                        .run()));
    }

    @TestFactory
    Stream<DynamicTest> oneRegularizedFloatStepAgreesWithTheDoubleStep() {
        return FloatKernels.available().stream()
                .map(kernels -> DynamicTest.dynamicTest(kernels.name(), () -> Property.forAll(
                                "one regularized float32 step on " + kernels.name() + " agrees with the float64 step",
                                regularizedSteps(),
                                step -> agree(step.example(), step.optimizer(), step.regularization(), kernels))
                        .check()
                        .run()));
    }

    /** A case, an optimizer, and each kind of regularization present or not (at least one present). */
    private static Gen<Regularized> regularizedSteps() {
        Gen<Networks.Case> examples = casesClearOfKinks();
        Gen<String> optimizers = Generate.pick(OPTIMIZERS);
        Gen<Boolean> coin = Generate.booleans();
        Gen<List<LayerPenalty>> l1 = RegularizationPropertiesTest.penalties(true);
        Gen<List<LayerPenalty>> l2 = RegularizationPropertiesTest.penalties(false);
        Gen<List<Double>> rates = RegularizationPropertiesTest.rates();
        Gen<Clipping> clippings = RegularizationPropertiesTest.clippings();
        Gen<Double> classWeight = Generators.reals(0.0, 3.0, 1.0);
        Gen<Regularized> any = source -> {
            Networks.Case example = examples.generate(source);
            Penalty penalty = coin.generate(source)
                    ? new Penalty((coin.generate(source) ? l1 : l2).generate(source))
                    : Penalty.NONE;
            List<Double> dropout = coin.generate(source)
                    ? new RegularizationPropertiesTest.Dropped(example, 0L, rates.generate(source)).layerRates()
                    : List.of();
            Clipping clipping = coin.generate(source) ? clippings.generate(source) : Clipping.NONE;
            double[] weights = null;
            if (coin.generate(source)) {
                weights = new double[example.outputSize()];
                for (int k = 0; k < weights.length; k++) {
                    weights[k] = classWeight.generate(source);
                }
            }
            return new Regularized(
                    example, optimizers.generate(source), new Regularization(penalty, dropout, clipping, weights));
        };
        return any.assuming(step -> step.regularization().active());
    }

    private static Gen<Networks.Case> casesClearOfKinks() {
        return Networks.cases(1, 6).assuming(Networks.Case::clearOfKinks);
    }

    private static void agree(
            Networks.Case example, String optimizerName, Regularization regularization, FloatKernels kernels) {
        int rows = example.rows();
        Network doubles = roundedToFloat(derivativesAtFloatOutputs(example));
        Network floats = roundedToFloat(example.network());
        Network start = roundedToFloat(example.network());
        Optimizer optimizer = Networks.optimizer(optimizerName, LEARNING_RATE);

        TrainingStep reference =
                new TrainingStep(doubles, example.loss(), optimizer, Networks.KERNELS, rows, regularization, SEED);
        copyRounded(example.inputs(), reference.pass().input());
        copyRounded(example.targets(), reference.pass().target());
        FloatTrainingStep single =
                new FloatTrainingStep(floats, example.loss(), optimizer, kernels, rows, regularization, SEED);
        round(example.inputs(), single.pass().input());
        round(example.targets(), single.pass().target());
        try {
            reference.run(rows, new OptimizerState(), 1, 1, new StepStatistics(doubles.depth()));
        } catch (TrainingDivergedException | NonFiniteOutputException diverged) {
            return; // a stiff generated network: nothing to compare
        }
        single.run(rows, new OptimizerState(), 1, 1, new StepStatistics(floats.depth()));
        single.pass().store();
        List<ParameterBounds> rounding = outputRoundingBounds(doubles, start, reference.pass(), rows);
        for (int l = 1; l <= start.depth(); l++) {
            close(
                    "weights of layer " + l,
                    start.layer(l).weights(),
                    doubles.layer(l).weights(),
                    floats.layer(l).weights(),
                    rounding.get(l - 1).weights());
            if (start.layer(l).hasBias()) {
                close(
                        "bias of layer " + l,
                        start.layer(l).bias(),
                        doubles.layer(l).bias(),
                        floats.layer(l).bias(),
                        rounding.get(l - 1).bias());
            }
        }
    }

    /**
     * The case's network with every activation's backward taken at its outputs rounded to float,
     * but for an output layer whose loss takes the shortcut (the shortcut's delta does not
     * differentiate the activation).
     */
    private static Network derivativesAtFloatOutputs(Networks.Case example) {
        int depth = example.layers().size();
        return example.network((number, activation) ->
                number == depth && example.loss().shortcutFor(activation).isPresent()
                        ? activation
                        : new DerivativeAtFloatOutputs(activation));
    }

    /**
     * An activation whose double backward sees its outputs rounded to float, as a float32 step's
     * does, and records how far each entry of that backward moves when the outputs move by
     * {@value #OUTPUT_ULPS} float ulps either way: the float forward's outputs may differ from the
     * rounded double ones by that much, and near an asymptote the derivative taken from them moves
     * with them.
     */
    private static final class DerivativeAtFloatOutputs implements Activation {

        private final Activation activation;
        private double[] sensitivity = new double[0];

        DerivativeAtFloatOutputs(Activation activation) {
            this.activation = activation;
        }

        @Override
        public String name() {
            return activation.name();
        }

        @Override
        public String description() {
            return activation.description();
        }

        @Override
        public void forward(double[] z, double[] a, int rows, int cols) {
            activation.forward(z, a, rows, cols);
        }

        @Override
        public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
            int n = rows * cols;
            activation.backward(z, shifted(a, n, 0), gradA, gradZ, rows, cols);
            sensitivity = new double[n];
            double[] moved = new double[n];
            for (int ulps : new int[] {-OUTPUT_ULPS, OUTPUT_ULPS}) {
                activation.backward(z, shifted(a, n, ulps), gradA, moved, rows, cols);
                for (int i = 0; i < n; i++) {
                    sensitivity[i] = Math.max(sensitivity[i], Math.abs(moved[i] - gradZ[i]));
                }
            }
        }

        /** dL/dz for dL/da = {@code gradA}, at outputs {@code a} rounded to float (for propagating errors). */
        double[] backward(double[] z, double[] a, double[] gradA, int rows, int cols) {
            double[] gradZ = new double[rows * cols];
            activation.backward(z, shifted(a, rows * cols, 0), gradA, gradZ, rows, cols);
            return gradZ;
        }

        /** How far each entry of the last backward moves with the outputs, {@code rows x cols}. */
        double[] sensitivity() {
            return sensitivity;
        }

        /** The first {@code n} values rounded to float and moved {@code ulps} float ulps. */
        private static double[] shifted(double[] a, int n, int ulps) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                float value = (float) a[i];
                for (int u = 0; u < Math.abs(ulps); u++) {
                    value = ulps > 0 ? Math.nextUp(value) : Math.nextDown(value);
                }
                out[i] = value;
            }
            return out;
        }

        @Override
        public double[] kinks() {
            return activation.kinks();
        }
    }

    /**
     * For each layer, first to last, a bound on how far the float rounding of activation outputs can
     * move each weight (then each bias) in one step: each layer's own
     * {@link DerivativeAtFloatOutputs#sensitivity}, plus the layer above's bound carried down by the
     * delta rule through |W| and the dropout factors, gives a bound E on the layer's deltas; the
     * gradient's bound is E^T |layer input| / rows, and the step moves a weight by at most
     * {@value #MOST_STEP_PER_GRADIENT} per unit of gradient (nesterov's first step, lr (1 + mu)).
     * An output layer whose loss takes the shortcut has none of its own (o - y moves by an ulp of o,
     * inside the absolute term).
     */
    private static List<ParameterBounds> outputRoundingBounds(
            Network doubles, Network start, Backpropagation pass, int rows) {
        int depth = doubles.depth();
        ParameterBounds[] bounds = new ParameterBounds[depth];
        double[] above = null;
        for (int l = depth; l >= 1; l--) {
            Layer layer = start.layer(l);
            int units = layer.units();
            int inputs = layer.inputs();
            double[] deltaBound = new double[rows * units];
            if (doubles.layer(l).activation() instanceof DerivativeAtFloatOutputs wrapped) {
                deltaBound = wrapped.sensitivity().clone();
                if (above != null) {
                    double[] carried = carriedDown(above, start.layer(l + 1), pass, l, rows);
                    double[] through = wrapped.backward(pass.netInput(l), pass.activation(l), carried, rows, units);
                    for (int i = 0; i < deltaBound.length; i++) {
                        deltaBound[i] += Math.abs(through[i]);
                    }
                }
            }
            double[] in = pass.layerInput(l);
            double[] weights = new double[units * inputs];
            double[] bias = new double[units];
            for (int r = 0; r < rows; r++) {
                for (int u = 0; u < units; u++) {
                    double e = deltaBound[r * units + u] * MOST_STEP_PER_GRADIENT / rows;
                    bias[u] += e;
                    for (int j = 0; j < inputs; j++) {
                        weights[u * inputs + j] += e * Math.abs(in[r * inputs + j]);
                    }
                }
            }
            bounds[l - 1] = new ParameterBounds(weights, bias);
            above = deltaBound;
        }
        return List.of(bounds);
    }

    /** How far each weight ({@code units x inputs}) and each bias of one layer may be moved. */
    private record ParameterBounds(double[] weights, double[] bias) {}

    /** |D| |W_{l+1}| times layer l's dropout factors: a bound on dL/da of layer l from a bound |D| above. */
    private static double[] carriedDown(double[] above, Layer next, Backpropagation pass, int l, int rows) {
        int units = next.inputs();
        double[] carried = new double[rows * units];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < next.units(); i++) {
                for (int j = 0; j < units; j++) {
                    carried[r * units + j] += above[r * next.units() + i] * Math.abs(next.weights()[i * units + j]);
                }
            }
        }
        double[] factors =
                pass.dropoutMasks() == null ? null : pass.dropoutMasks().factors(l);
        for (int i = 0; factors != null && i < carried.length; i++) {
            carried[i] *= factors[i];
        }
        return carried;
    }

    private static Network roundedToFloat(Network network) {
        for (Layer layer : network.layers()) {
            roundInPlace(layer.weights());
            if (layer.hasBias()) {
                roundInPlace(layer.bias());
            }
        }
        return network;
    }

    private static void roundInPlace(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) values[i];
        }
    }

    private static void copyRounded(double[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    private static void round(double[] from, float[] to) {
        for (int i = 0; i < from.length; i++) {
            to[i] = (float) from[i];
        }
    }

    private static void close(
            String what, double[] before, double[] expected, double[] actual, double[] outputRounding) {
        for (int i = 0; i < before.length; i++) {
            double change = Math.abs(expected[i] - before[i]);
            double allowed = RELATIVE * change + outputRounding[i] + ABSOLUTE * Math.max(1.0, Math.abs(before[i]));
            if (!(Math.abs(expected[i] - actual[i]) <= allowed)) {
                throw new AssertionError(what + "[" + i + "]: before " + before[i] + ", float64 step " + expected[i]
                        + ", float32 step " + actual[i] + " (allowed " + allowed + ")");
            }
        }
    }
}
