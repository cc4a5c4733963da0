package org.deltanet.engine.train;

import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.api.OutputShortcut;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.network.Layer;

/**
 * Everything the one training path ({@link Pass}, {@link Step}, {@link Trainer}) does to its
 * numbers, for one precision: {@code A} is {@code double[]} ({@link DoubleArithmetic}) or
 * {@code float[]} ({@link FloatArithmetic}). Java 17 has no generics over primitive arrays, so the
 * loops live here, once per precision, and the path that calls them is written once; each call
 * covers a whole batch or layer, so the indirection costs nothing measurable per step. Nothing
 * here allocates except {@link #allocate} and {@link #parameters}.
 *
 * @param <A> the array type of the precision
 */
interface Arithmetic<A> {

    /** A zeroed array of {@code length} numbers. */
    A allocate(int length);

    /** The array training updates for a parameter of the network: {@code values} itself, or a rounded copy. */
    A parameters(double[] values);

    /** Copies the network's {@code values} into {@code parameters} (nothing where they are the same array). */
    void load(double[] values, A parameters);

    /** Writes {@code parameters} back into the network's {@code values}, exactly (nothing where the same array). */
    void store(A parameters, double[] values);

    /** {@link Dataset#gather} into batch buffers of this precision (must not allocate once warm). */
    void gather(Dataset data, int[] order, int from, int rows, A features, A targets);

    /** {@code C = A B^T}: A is {@code m x k}, B is {@code n x k}. */
    void multiplyTransposedB(A a, A b, A c, int m, int n, int k);

    /** {@code C = A B}: A is {@code m x k}, B is {@code k x n}. */
    void multiply(A a, A b, A c, int m, int n, int k);

    /** {@code C = scale A^T B}: A is {@code k x m}, B is {@code k x n}. */
    void multiplyTransposedA(A a, A b, A c, int m, int n, int k, double scale);

    /** {@code out[i] = values[i] * factors[i]} for {@code i < length} (dropout; {@code out} may be {@code values}). */
    void scale(A values, double[] factors, A out, int length);

    /** {@code z[r][j] += bias[j]} for every row. */
    void addBias(A z, A bias, int rows, int units);

    /** {@code sums[j] = scale * sum over rows of values[r][j]}. */
    void columnSums(A values, A sums, int rows, int units, double scale);

    void forward(Activation activation, A z, A a, int rows, int cols);

    void backward(Activation activation, A z, A a, A gradA, A gradZ, int rows, int cols);

    double value(Loss loss, A output, A target, int rows, int cols);

    void gradient(Loss loss, A output, A target, A gradient, int rows, int cols);

    double value(OutputShortcut shortcut, A z, A a, A target, int rows, int cols);

    void delta(OutputShortcut shortcut, A z, A a, A target, A delta, int rows, int cols);

    void update(Optimizer optimizer, String parameter, A values, A gradient, int length, OptimizerState state);

    /**
     * Whether {@link #updateOuterProduct} can step this optimizer: only in double, for an optimizer
     * that {@linkplain ScheduledOptimizer#updatesOuterProducts() updates outer products}.
     */
    boolean updatesOuterProducts(ScheduledOptimizer optimizer);

    /** The optimizer's update of a {@code rows x columns} parameter whose gradient is {@code left right^T}. */
    void updateOuterProduct(
            ScheduledOptimizer optimizer,
            String parameter,
            A values,
            A left,
            A right,
            int rows,
            int columns,
            OptimizerState state);

    void applyMask(Layer layer, A weights, A bias);

    /** {@code values[i]} clamped into {@code [-limit, limit]} for {@code i < length} (clipping by value). */
    void clamp(A values, int length, double limit);

    /** The sum of {@code values[i]^2} for {@code i < length}, in double. */
    double sumSquares(A values, int length);

    /** {@code values[i] *= factor} for {@code i < length} (clipping by norm). */
    void rescale(A values, int length, double factor);

    /**
     * {@code gradient[i] += l1 sign(weights[i]) + l2 weights[i]} for {@code i < length}: a weight
     * penalty's gradient at the weights ({@link org.deltanet.engine.regularize.LayerPenalty}).
     */
    void addPenalty(A weights, A gradient, int length, double l1, double l2);

    /** The sum of |values[i]| for {@code i < length}, in double: NaN or infinite if any is. */
    double sumAbs(A values, int length);

    /** The first index below {@code length} whose value is NaN or infinite, or -1. */
    int firstNonFinite(A values, int length);

    /** {@code values[index]}, widened. */
    double get(A values, int index);

    /** {@link Accuracy#correct}: correctly classified rows. */
    int correct(A output, A target, int rows, int cols);
}
