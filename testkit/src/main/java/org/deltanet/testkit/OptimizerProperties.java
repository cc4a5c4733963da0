package org.deltanet.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.ParameterSpec;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginText;
import org.deltanet.api.RatedOptimizer;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws every {@link Optimizer} obeys, as {@link Property properties} over generated training
 * runs. A run minimises a convex quadratic {@code f(w) = 1/2 sum_i c_i (w_i - t_i)^2} with
 * curvatures c_i in [0.1, 10], minimum t_i in [-1, 1] and start w_i at a distance of 0.05 to 1
 * from t_i, for two parameters at once ({@code layer1.weights}, 1-12 elements, and
 * {@code layer1.bias}, 1-4), so that state must be kept apart by parameter name. Each step calls
 * {@link OptimizerState#advance()} once and {@link Optimizer#update} once per parameter with the
 * exact gradient {@code c_i (w_i - t_i)}.
 * <ol>
 *   <li><b>descent</b> (law {@code descent}): with the {@code learning-rate} parameter set to {@value #SMALL_LEARNING_RATE}
 *       (all others as configured), 1-10 steps from a fresh state never increase f;</li>
 *   <li><b>direction</b> ({@code direction}): the first step from a fresh state goes against the gradient,
 *       {@code sum dw_i g_i < 0};</li>
 *   <li><b>zero gradient</b> ({@code zero-gradient}): 1-10 steps with a zero gradient from a fresh state leave every
 *       parameter exactly unchanged (so that masked weights stay zero; 0.0 and -0.0 count as equal);</li>
 *   <li><b>snapshot and restore</b> ({@code restore}): after 1-10 steps, a state restored with
 *       {@link OptimizerState#restore} from a {@link OptimizerState#snapshot()} continues for 1-10
 *       more steps exactly, bit for bit, as the original does;</li>
 *   <li><b>only length elements</b> ({@code length}): with longer arrays (the gradient's tail holding NaN), the
 *       updates are the same, nothing beyond {@code length} is written and the gradient is left
 *       unchanged;</li>
 *   <li><b>outer product</b> ({@code outer-product}), only for a {@link RatedOptimizer} that
 *       {@linkplain RatedOptimizer#updatesOuterProducts() updates outer products}: on a generated
 *       1-5 x 1-40 parameter over 1-10 steps, {@link RatedOptimizer#updateOuterProduct} changes the
 *       values and every state buffer exactly as {@code update} with the gradient written out,
 *       reading only the factors' first rows and columns;</li>
 *   <li>the {@linkplain ParameterProperties parameter round trip} ({@code parameters}).</li>
 * </ol>
 * Any of these may be {@linkplain org.deltanet.api.Plugin#declinedLaws() declined} with a reason
 * ({@link LawBook}); {@code adamw} declines {@code zero-gradient}, which holds with weight decay 0.
 * The optimizer must declare a {@code learning-rate} parameter.
 *
 * <p>Example: {@code OptimizerProperties.of(new Lion())}, or in JUnit through
 * {@link OptimizerContract}.
 */
public final class OptimizerProperties {

    /** The learning rate of the descent property. */
    public static final double SMALL_LEARNING_RATE = 1e-4;

    private static final String LEARNING_RATE = "learning-rate";
    private static final int MAX_STEPS = 10;

    private OptimizerProperties() {}

    /** One parameter's quadratic: curvatures, minimum and starting point. */
    private record Quadratic(String parameter, double[] curvature, double[] minimum, double[] start) {

        double value(double[] w) {
            double sum = 0.0;
            for (int i = 0; i < start.length; i++) {
                double d = w[i] - minimum[i];
                sum += 0.5 * curvature[i] * d * d;
            }
            return sum;
        }

        void gradient(double[] w, double[] g) {
            for (int i = 0; i < start.length; i++) {
                g[i] = curvature[i] * (w[i] - minimum[i]);
            }
        }

        @Override
        public String toString() {
            return parameter + ": c=" + Arrays.toString(curvature) + ", t=" + Arrays.toString(minimum) + ", w0="
                    + Arrays.toString(start);
        }
    }

    /** One generated run: two parameters, the steps to take and (after a snapshot) the steps to continue. */
    private record Run(List<Quadratic> parameters, int steps, int moreSteps) {
        @Override
        public String toString() {
            return "steps=" + steps + ", moreSteps=" + moreSteps + ", " + parameters;
        }
    }

    /**
     * One generated sequence of outer-product steps on a {@code rows x columns} parameter: its
     * values, factors and rates drawn from {@code seed}.
     */
    private record OuterProductRun(int rows, int columns, int steps, long seed) {}

    /** The properties of this optimizer, named after {@link PluginText#describe}. */
    public static List<Property> of(Optimizer optimizer) {
        Gen<Run> runs = quadratic("layer1.weights", 12)
                .zip(
                        quadratic("layer1.bias", 4),
                        Generate.range(1, MAX_STEPS, 1),
                        Generate.range(1, MAX_STEPS, 1),
                        (weights, bias, steps, moreSteps) -> new Run(List.of(weights, bias), steps, moreSteps));
        LawBook<Optimizer> laws = new LawBook<>("optimizer", optimizer)
                .forAll(
                        "descent",
                        "small steps do not increase a convex quadratic",
                        runs,
                        (o, run) -> descends(withSmallLearningRate(o), run))
                .forAll(
                        "direction",
                        "the first step goes against the gradient",
                        runs,
                        OptimizerProperties::firstStepAgainstGradient)
                .forAll(
                        "zero-gradient",
                        "a zero gradient leaves the parameters unchanged",
                        runs,
                        OptimizerProperties::zeroGradientKeepsParameters)
                .forAll(
                        "restore",
                        "a restored snapshot continues identically",
                        runs,
                        OptimizerProperties::restoredStateContinues)
                .forAll(
                        "length",
                        "only the first length elements are read and written",
                        runs,
                        OptimizerProperties::onlyUsedElements);
        if (optimizer instanceof RatedOptimizer rated && rated.updatesOuterProducts()) {
            laws = laws.forAll(
                    "outer-product",
                    "an outer-product update equals the update with that gradient, bit for bit",
                    Generate.range(1, 5, 1)
                            .zip(
                                    Generate.range(1, 40, 1),
                                    Generate.range(1, MAX_STEPS, 1),
                                    Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE, 0),
                                    OuterProductRun::new),
                    OptimizerProperties::outerProductsAsGradients);
        }
        return laws.parameters().properties();
    }

    /**
     * From the same values, the same steps by {@link RatedOptimizer#update} with the gradient
     * {@code left right^T} written out and by {@link RatedOptimizer#updateOuterProduct}, at the
     * configured rate and at half of it on alternate steps: the values and every state buffer the
     * same bit for bit after each step; factors longer than {@code rows} and {@code columns}
     * (their tails NaN) neither read nor changed.
     */
    private static void outerProductsAsGradients(Optimizer optimizer, OuterProductRun run) {
        RatedOptimizer rated = (RatedOptimizer) optimizer;
        SplittableRandom random = new SplittableRandom(run.seed());
        int length = run.rows() * run.columns();
        double[] expected = uniform(random, length);
        double[] actual = expected.clone();
        OptimizerState written = new OptimizerState();
        OptimizerState outer = new OptimizerState();
        double[] gradient = new double[length];
        for (int step = 1; step <= run.steps(); step++) {
            double[] left = uniform(random, run.rows());
            double[] right = uniform(random, run.columns());
            for (int i = 0; i < run.rows(); i++) {
                for (int j = 0; j < run.columns(); j++) {
                    gradient[i * run.columns() + j] = left[i] * right[j];
                }
            }
            double rate = step % 2 == 0 ? rated.learningRate() / 2 : rated.learningRate();
            written.advance();
            outer.advance();
            rated.update("layer1.weights", expected, gradient, length, written, rate);
            double[] paddedLeft = Buffers.paddedInput(left);
            double[] paddedRight = Buffers.paddedInput(right);
            rated.updateOuterProduct(
                    "layer1.weights", actual, paddedLeft, paddedRight, run.rows(), run.columns(), outer, rate);
            String what =
                    "outer-product update of a " + run.rows() + " x " + run.columns() + " parameter in step " + step;
            Buffers.requireIdentical(what, expected, actual, length);
            Buffers.requireIdentical(
                    what + ": its left factor", Buffers.paddedInput(left), paddedLeft, paddedLeft.length);
            Buffers.requireIdentical(
                    what + ": its right factor", Buffers.paddedInput(right), paddedRight, paddedRight.length);
            Map<String, double[]> states = written.snapshot();
            Map<String, double[]> outerStates = outer.snapshot();
            if (!states.keySet().equals(outerStates.keySet())) {
                throw new AssertionError(what + ": state buffers " + outerStates.keySet() + ", not " + states.keySet());
            }
            states.forEach((name, values) ->
                    Buffers.requireIdentical(what + ": state " + name, values, outerStates.get(name), values.length));
        }
    }

    private static double[] uniform(SplittableRandom random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble(-1.0, 1.0);
        }
        return values;
    }

    private static Gen<Quadratic> quadratic(String parameter, int maxLength) {
        return Generate.range(1, maxLength, 1).flatMap(n -> Generators.arrays(n, Generators.reals(0.1, 10.0))
                .zip(
                        Generators.arrays(n, Generators.reals(-1.0, 1.0)),
                        Generators.arrays(n, Generators.reals(0.05, 1.0)),
                        Generators.arrays(n, Generators.reals(-1.0, 1.0)),
                        (curvature, minimum, distance, side) -> {
                            double[] start = new double[n];
                            for (int i = 0; i < n; i++) {
                                start[i] = minimum[i] + Math.copySign(distance[i], side[i]);
                            }
                            return new Quadratic(parameter, curvature, minimum, start);
                        }));
    }

    private static Optimizer withSmallLearningRate(Optimizer optimizer) {
        List<ParameterSpec> specs = optimizer.parameters();
        if (specs.stream().noneMatch(spec -> spec.name().equals(LEARNING_RATE))) {
            throw new AssertionError(optimizer.name() + " declares no '" + LEARNING_RATE
                    + "' parameter, so the test kit cannot make it take small steps");
        }
        ParameterValues.Builder values = ParameterValues.builder(specs);
        optimizer.values().asMap().forEach(values::set);
        return optimizer.configure(
                values.set(LEARNING_RATE, SMALL_LEARNING_RATE).build());
    }

    /*
     * Why f can never increase here, for any correct first-order method: each coordinate starts at
     * least 0.05 from its minimum and, with alpha = 1e-4, c <= 10 and at most 10 steps, no such
     * method moves it far enough to reach the minimum, let alone overshoot it.
     *  - Gradient-proportional steps (sgd; momentum and Nesterov for any mu in [0, 1)): the k-th
     *    step is at most 2 k alpha c |w_0 - t| (a velocity sums at most k past gradient steps), so
     *    ten steps move a coordinate at most 110 * 1e-3 * |w_0 - t| = 0.11 |w_0 - t|.
     *  - Normalised steps (Adam and its kin): |m_hat / sqrt(v_hat)| stays near 1 while the
     *    gradient keeps its sign, so ten steps move a coordinate about 10 alpha = 1e-3 < 0.05.
     * Every gradient therefore keeps its sign, every step moves each coordinate towards its minimum,
     * and each term 1/2 c_i (w_i - t_i)^2 shrinks. An increase means the method climbs, ignores
     * the learning rate or mixes up coordinates.
     */
    private static void descends(Optimizer optimizer, Run run) {
        Training training = new Training(optimizer, run.parameters());
        double before = training.value();
        for (int step = 1; step <= run.steps(); step++) {
            training.step();
            double after = training.value();
            if (!(after <= before)) {
                throw new AssertionError("step " + step + " increased f from " + before + " to " + after
                        + "; parameters now " + training);
            }
            before = after;
        }
    }

    private static void firstStepAgainstGradient(Optimizer optimizer, Run run) {
        Training training = new Training(optimizer, run.parameters());
        double[][] gradients = training.gradients();
        double[][] before = training.copyOfValues();
        training.step();
        double sum = 0.0;
        for (int p = 0; p < gradients.length; p++) {
            for (int i = 0; i < gradients[p].length; i++) {
                sum += (training.values[p][i] - before[p][i]) * gradients[p][i];
            }
        }
        if (!(sum < 0.0)) {
            throw new AssertionError("sum of dw * g over the first step is " + sum + ", not negative; w went from "
                    + Arrays.deepToString(before) + " to " + training);
        }
    }

    private static void zeroGradientKeepsParameters(Optimizer optimizer, Run run) {
        Training training = new Training(optimizer, run.parameters());
        for (int step = 1; step <= run.steps(); step++) {
            training.state.advance();
            for (int p = 0; p < training.values.length; p++) {
                Quadratic quadratic = run.parameters().get(p);
                double[] w = training.values[p];
                optimizer.update(quadratic.parameter(), w, new double[w.length], w.length, training.state);
                for (int i = 0; i < w.length; i++) {
                    if (w[i] != quadratic.start()[i]) {
                        throw new AssertionError("after " + step + " step(s) with a zero gradient, "
                                + quadratic.parameter() + " changed at index " + i + " from "
                                + quadratic.start()[i] + " to " + w[i]);
                    }
                }
            }
        }
    }

    private static void restoredStateContinues(Optimizer optimizer, Run run) {
        Training original = new Training(optimizer, run.parameters());
        original.steps(run.steps());
        Map<String, double[]> snapshot = original.state.snapshot();
        Training restored = new Training(
                optimizer.configure(optimizer.values()),
                run.parameters(),
                original.copyOfValues(),
                OptimizerState.restore(original.state.step(), snapshot));
        original.steps(run.moreSteps());
        restored.steps(run.moreSteps());
        for (int p = 0; p < run.parameters().size(); p++) {
            Buffers.requireIdentical(
                    run.parameters().get(p).parameter() + " after restoring the snapshot of step " + run.steps()
                            + " and " + run.moreSteps() + " more step(s)",
                    original.values[p],
                    restored.values[p],
                    original.values[p].length);
        }
    }

    private static void onlyUsedElements(Optimizer optimizer, Run run) {
        Training exact = new Training(optimizer, run.parameters());
        OptimizerState state = new OptimizerState();
        List<Quadratic> parameters = run.parameters();
        double[][] w = new double[parameters.size()][];
        double[][] g = new double[parameters.size()][];
        for (int p = 0; p < parameters.size(); p++) {
            w[p] = Buffers.paddedOutput(parameters.get(p).start());
            g[p] = Buffers.paddedInput(new double[parameters.get(p).start().length]);
        }
        for (int step = 1; step <= run.steps(); step++) {
            exact.step();
            state.advance();
            for (int p = 0; p < parameters.size(); p++) {
                Quadratic quadratic = parameters.get(p);
                int length = quadratic.start().length;
                quadratic.gradient(w[p], g[p]);
                double[] gradient = g[p].clone();
                optimizer.update(quadratic.parameter(), w[p], g[p], length, state);
                String what = "update of " + quadratic.parameter() + " in step " + step;
                Buffers.requirePaddingIntact(what, w[p], length);
                Buffers.requireIdentical(what + " with longer arrays", exact.values[p], w[p], length);
                Buffers.requireIdentical(
                        "gradient of " + quadratic.parameter() + " after its update in step " + step,
                        gradient,
                        g[p],
                        g[p].length);
            }
        }
    }

    /** A training run on the quadratics: parameter values, their optimizer and its state. */
    private static final class Training {
        private final Optimizer optimizer;
        private final List<Quadratic> parameters;
        private final double[][] values;
        private final OptimizerState state;

        Training(Optimizer optimizer, List<Quadratic> parameters) {
            this(
                    optimizer,
                    parameters,
                    parameters.stream().map(q -> q.start().clone()).toArray(double[][]::new),
                    new OptimizerState());
        }

        Training(Optimizer optimizer, List<Quadratic> parameters, double[][] values, OptimizerState state) {
            this.optimizer = optimizer;
            this.parameters = parameters;
            this.values = values;
            this.state = state;
        }

        double[][] gradients() {
            double[][] gradients = new double[values.length][];
            for (int p = 0; p < values.length; p++) {
                gradients[p] = new double[values[p].length];
                parameters.get(p).gradient(values[p], gradients[p]);
            }
            return gradients;
        }

        void step() {
            double[][] gradients = gradients();
            state.advance();
            for (int p = 0; p < values.length; p++) {
                optimizer.update(parameters.get(p).parameter(), values[p], gradients[p], values[p].length, state);
            }
        }

        void steps(int count) {
            for (int i = 0; i < count; i++) {
                step();
            }
        }

        double value() {
            double sum = 0.0;
            for (int p = 0; p < values.length; p++) {
                sum += parameters.get(p).value(values[p]);
            }
            return sum;
        }

        double[][] copyOfValues() {
            return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
        }

        @Override
        public String toString() {
            return Arrays.deepToString(values);
        }
    }
}
