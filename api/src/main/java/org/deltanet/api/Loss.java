package org.deltanet.api;

import java.util.Optional;

/**
 * A loss J comparing a network's outputs o with targets y over a mini-batch.
 *
 * <p><b>Reduction.</b> J is the <em>mean over the examples</em> of a per-example loss L, each L a
 * sum over the output units: {@code J = (1/rows) * sum_r L(o[r], y[r])} (the seed's E(w)).
 * {@link #value} returns J. {@link #gradient}, however, returns the <em>per-example</em> gradient
 * {@code dL/do[r]} without the {@code 1/rows} factor: the engine divides by the batch size when it
 * averages weight gradients, and the per-example form is the seed's output delta (o - y).
 *
 * <p><b>Shortcuts.</b> With some output activations the output delta dL/dz collapses to a simple
 * form (identity + squared error, sigmoid + log loss and softmax + cross-entropy all give
 * {@code o - y}). A loss <em>declares</em> such a pairing by returning an {@link OutputShortcut}
 * from {@link #shortcutFor}; the engine uses it only then, and otherwise composes
 * {@link #gradient} with the activation's backward. The two must agree (the test kit checks it).
 *
 * <p>Arrays are flat and row-major, {@code rows x cols}, possibly longer than {@code rows * cols};
 * implementations must not allocate in {@link #value} or {@link #gradient}.
 *
 * <p>Example (squared error, L = 1/2 sum (y - o)^2):
 * <pre>{@code
 * public double value(double[] o, double[] y, int rows, int cols) {
 *     double sum = 0;
 *     for (int i = 0; i < rows * cols; i++) { double d = o[i] - y[i]; sum += 0.5 * d * d; }
 *     return sum / rows;
 * }
 * public void gradient(double[] o, double[] y, double[] grad, int rows, int cols) {
 *     for (int i = 0; i < rows * cols; i++) grad[i] = o[i] - y[i];
 * }
 * }</pre>
 */
public interface Loss extends Plugin {

    /**
     * The mean loss over the batch.
     *
     * @param output network outputs o, {@code rows x cols}
     * @param target targets y, {@code rows x cols}
     * @return J, the mean over rows of the per-example loss; finite for valid inputs
     */
    double value(double[] output, double[] target, int rows, int cols);

    /**
     * The per-example gradient dL/do (not divided by {@code rows}).
     *
     * @param gradient output, {@code rows x cols}
     */
    void gradient(double[] output, double[] target, double[] gradient, int rows, int cols);

    /**
     * {@link #value(double[], double[], int, int)} over single-precision arrays (runs with
     * {@code precision: float32}); the mean is returned in double. The default widens to double
     * and calls the double method ({@link Float32Bridge}); override it with float code for speed.
     */
    default double value(float[] output, float[] target, int rows, int cols) {
        return Float32Bridge.value(this, output, target, rows, cols);
    }

    /** {@link #gradient(double[], double[], double[], int, int)} in single precision; see {@link #value(float[], float[], int, int)}. */
    default void gradient(float[] output, float[] target, float[] gradient, int rows, int cols) {
        Float32Bridge.gradient(this, output, target, gradient, rows, cols);
    }

    /**
     * The simplified output delta for this loss after the given output activation, if this loss
     * declares one. Implementations decide by the activation's {@link Activation#name() name} and
     * {@link Activation#values() values}.
     *
     * @return empty where no shortcut is declared (the engine then composes the generic gradient)
     */
    default Optional<OutputShortcut> shortcutFor(Activation outputActivation) {
        return Optional.empty();
    }

    /**
     * Where the network outputs this loss is defined for live, e.g.
     * {@link ValueDomain#OPEN_UNIT_INTERVAL} for a log loss; {@link ValueDomain#REAL} unless declared.
     */
    default ValueDomain outputDomain() {
        return ValueDomain.REAL;
    }

    /**
     * Where the targets this loss accepts live, e.g. {@link ValueDomain#DISTRIBUTION} for a
     * cross-entropy whose shortcut assumes rows summing to 1; {@link ValueDomain#REAL} unless declared.
     */
    default ValueDomain targetDomain() {
        return ValueDomain.REAL;
    }

    /** This loss with the given parameter values. */
    default Loss configure(ParameterValues values) {
        return this;
    }
}
