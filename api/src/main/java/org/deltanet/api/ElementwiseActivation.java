package org.deltanet.api;

import java.util.function.Function;

/**
 * An activation that acts on each unit alone: the author writes f(z) and f'(z), the batch loops
 * are provided. The Jacobian is diagonal, so backward is {@code dL/dz = f'(z) * dL/da}.
 *
 * <p>f' receives both z and a = f(z), so that derivatives best written in terms of the output
 * (sigmoid's a(1 - a), tanh's 1 - a^2) need no second evaluation of f.
 *
 * <p>Parameters are handled by {@link ConfiguredPlugin}: a parameterized activation passes its
 * values and its constructor up (see {@code LeakyRelu} or the {@code swish} example). Example
 * without parameters:
 * <pre>{@code
 * public final class Sigmoid extends ElementwiseActivation {
 *     public String name() { return "sigmoid"; }
 *     public String description() { return "1 / (1 + e^-z)"; }
 *     public double value(double z) { return 1.0 / (1.0 + Math.exp(-z)); }
 *     public double derivative(double z, double a) { return a * (1.0 - a); }
 * }
 * }</pre>
 */
public abstract class ElementwiseActivation extends ConfiguredPlugin<Activation> implements Activation {

    /** An activation without parameters. */
    protected ElementwiseActivation() {}

    /**
     * An activation with parameters (see {@link ConfiguredPlugin}).
     *
     * @param values     the validated values this instance was made with
     * @param configured makes the activation with other values, usually {@code Swish::new}
     */
    protected ElementwiseActivation(
            ParameterValues values, Function<ParameterValues, ? extends Activation> configured) {
        super(values, configured);
    }

    /** f(z) for one unit. */
    public abstract double value(double z);

    /**
     * f'(z) for one unit.
     *
     * @param z the net input
     * @param a {@code value(z)}, already computed
     */
    public abstract double derivative(double z, double a);

    /**
     * Applies {@link #value} to every element. A subclass may override this (and
     * {@link #backward}) with a faster batch loop, e.g. a vectorized one, that computes the same
     * function; the scalar methods stay the definition, and the test kit's laws check the batch
     * methods against them.
     */
    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            a[i] = value(z[i]);
        }
    }

    /**
     * Applies {@link #value} to every element in single precision (each value widened, f taken in
     * double, the result rounded): no scratch arrays, and a plugin author still writes one scalar
     * function. May be overridden like {@link #forward(double[], double[], int, int)}.
     */
    @Override
    public void forward(float[] z, float[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            a[i] = (float) value(z[i]);
        }
    }

    /** {@code gradZ = f'(z, a) * gradA} in single precision, like {@link #forward(float[], float[], int, int)}. */
    @Override
    public void backward(float[] z, float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            gradZ[i] = (float) (derivative(z[i], a[i]) * gradA[i]);
        }
    }

    /** {@code gradZ = f'(z, a) * gradA} for every element; see {@link #forward(double[], double[], int, int)} on overriding. */
    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            gradZ[i] = derivative(z[i], a[i]) * gradA[i];
        }
    }
}
