package org.deltanet.api;

import java.util.function.Supplier;

/**
 * An activation that acts on each unit alone: the author writes f(z) and f'(z), the batch loops
 * are provided. The Jacobian is diagonal, so backward is {@code dL/dz = f'(z) * dL/da}.
 *
 * <p>f' receives both z and a = f(z), so that derivatives best written in terms of the output
 * (sigmoid's a(1 - a), tanh's 1 - a^2) need no second evaluation of f.
 *
 * <p>The name, description and parameters are handled by {@link ConfiguredPlugin}: pass them to
 * the constructor (see {@code LeakyRelu} or the {@code swish} example). Example without parameters:
 * <pre>{@code
 * public final class Tanh extends ElementwiseActivation {
 *     public Tanh() { super("tanh", "(e^z - e^-z) / (e^z + e^-z)"); }
 *     public double value(double z) { return Math.tanh(z); }
 *     public double derivative(double z, double a) { return 1.0 - a * a; }
 * }
 * }</pre>
 */
public abstract class ElementwiseActivation extends ConfiguredPlugin<Activation> implements Activation {

    /** An activation without parameters that overrides {@link #name()} and {@link #description()}. */
    protected ElementwiseActivation() {}

    /**
     * An activation without parameters.
     *
     * @param name        the stable name, e.g. {@code tanh}
     * @param description one line for listings, e.g. the formula
     */
    protected ElementwiseActivation(String name, String description) {
        super(name, description);
    }

    /**
     * An activation with parameters (see {@link ConfiguredPlugin}).
     *
     * @param name        the stable name, e.g. {@code swish}
     * @param description one line for listings, e.g. the formula
     * @param factory     the activation's public no-argument constructor, e.g. {@code Swish::new}
     * @param parameters  the declared parameters, in display order
     */
    protected ElementwiseActivation(
            String name, String description, Supplier<? extends Activation> factory, ParameterSpec... parameters) {
        super(name, description, factory, parameters);
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
