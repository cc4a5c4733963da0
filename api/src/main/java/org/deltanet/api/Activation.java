package org.deltanet.api;

/**
 * An activation function a = f(z), applied to a whole mini-batch of a layer's net inputs.
 *
 * <p><b>Contract.</b> The general form is a vector-Jacobian product, so that functions which mix the
 * units of one example (softmax) fit as well as elementwise ones:
 * <ul>
 *   <li>{@link #forward} maps the net inputs {@code z} of each example (a row of {@code cols}
 *       units) to activations {@code a};</li>
 *   <li>{@link #backward} receives {@code z}, the {@code a} that forward produced from it, and the
 *       gradient of the loss with respect to {@code a}, and writes the gradient with respect to
 *       {@code z}: {@code dL/dz[r] = J_f(z[r])^T dL/da[r]} for every row {@code r}.</li>
 * </ul>
 * Rows are independent: the result for one example never depends on another. Arrays are flat and
 * row-major ({@code (r, c)} at {@code r * cols + c}), may be longer than {@code rows * cols}, and
 * are distinct objects; implementations write only the output array and keep no reference to any.
 * Both methods are called on the training hot path: they must not allocate.
 *
 * <p>Elementwise functions should extend {@link ElementwiseActivation} and write only f and f'.
 * Example of a non-elementwise activation (the author writes both loops):
 * <pre>{@code
 * public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
 *     for (int r = 0; r < rows; r++) {          // softmax: dL/dz_j = a_j (dL/da_j - sum_k a_k dL/da_k)
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> Found by {@link java.util.ServiceLoader} (public no-argument constructor,
 * defaults), configured by {@link #configure}, then used by any number of threads.
 */
public interface Activation extends Plugin {

    /**
     * Computes a = f(z) row by row.
     *
     * @param z    net inputs, {@code rows x cols}
     * @param a    output: activations, {@code rows x cols}
     * @param rows examples in the batch, at least 1
     * @param cols units per example, at least 1
     */
    void forward(double[] z, double[] a, int rows, int cols);

    /**
     * Computes dL/dz from dL/da (a vector-Jacobian product), row by row.
     *
     * @param z     net inputs that forward was called with, {@code rows x cols}
     * @param a     the activations forward produced from {@code z}
     * @param gradA dL/da, {@code rows x cols}
     * @param gradZ output: dL/dz, {@code rows x cols}
     */
    void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols);

    /**
     * {@link #forward(double[], double[], int, int)} in single precision, for runs with
     * {@code precision: float32}. The default widens to double, calls the double method and rounds
     * back ({@link Float32Bridge}), so an activation written for double needs nothing more;
     * override it with float code for speed. Must agree with the double method to float rounding.
     */
    default void forward(float[] z, float[] a, int rows, int cols) {
        Float32Bridge.forward(this, z, a, rows, cols);
    }

    /** {@link #backward(double[], double[], double[], double[], int, int)} in single precision; see {@link #forward(float[], float[], int, int)}. */
    default void backward(float[] z, float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        Float32Bridge.backward(this, z, a, gradA, gradZ, rows, cols);
    }

    /**
     * Points where f is continuous but not differentiable (relu's 0), so that gradient checks
     * sample away from them. Empty for smooth functions.
     */
    default double[] kinks() {
        return new double[0];
    }

    /**
     * This activation with the given parameter values.
     *
     * @param values validated against {@link #parameters()}
     */
    default Activation configure(ParameterValues values) {
        return this;
    }
}
