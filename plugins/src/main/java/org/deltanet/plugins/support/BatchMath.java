package org.deltanet.plugins.support;

/**
 * The loops over whole batches that the built-in activations, losses and optimizers spend their
 * time in, in two implementations that compute the same thing: {@link ScalarBatchMath} (plain
 * Java, runs anywhere, the reference) and {@link VectorBatchMath} (the Vector API,
 * {@code jdk.incubator.vector}), which {@link #best()} chooses when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code deltanet} launcher does) and the processor
 * has vectors of at least four doubles.
 *
 * <p>Elementwise operations (sigmoid, relu, the optimizers' updates) give bitwise the same
 * results in both, also before the JIT has compiled the vector code (whose {@code exp} would not,
 * so exponentials stay scalar); sums over a row (dot products) may differ in the last bits. Arrays are
 * flat; {@code n} counts the elements used. Nothing allocates.
 */
public interface BatchMath {

    /** The Vector API implementation where it is usable, {@link ScalarBatchMath} otherwise; chosen once. */
    static BatchMath best() {
        return Choice.BEST;
    }

    /**
     * Whether {@link #best()} is the Vector API's: then the built-ins' single-precision methods
     * run on {@link VectorFloatMath}, otherwise on the SPI's converting defaults.
     */
    static boolean vectorized() {
        return Choice.BEST instanceof VectorBatchMath;
    }

    /** {@code a = 1 / (1 + e^-z)}, computed without overflow (see {@link ScalarBatchMath#sigmoid(double)}). */
    void sigmoid(double[] z, double[] a, int n);

    /** {@code gradZ = a (1 - a) gradA}, the sigmoid's backward from its outputs. */
    void sigmoidBackward(double[] a, double[] gradA, double[] gradZ, int n);

    /** {@code a = max(0, z)}. */
    void relu(double[] z, double[] a, int n);

    /** {@code gradZ = gradA} where {@code z > 0}, else 0. */
    void reluBackward(double[] z, double[] gradA, double[] gradZ, int n);

    /** The largest of {@code values[from] .. values[to - 1]}; {@code to > from}. */
    double max(double[] values, int from, int to);

    /**
     * Writes {@code out[i] = e^(z[i] - shift)} for {@code from <= i < to} and returns their sum.
     */
    double exp(double[] z, double shift, double[] out, int from, int to);

    /** The sum of {@code e^(z[i] - shift)} for {@code from <= i < to}, written nowhere. */
    double sumExp(double[] z, double shift, int from, int to);

    /** {@code values[i] /= divisor} for {@code from <= i < to}. */
    void divide(double[] values, double divisor, int from, int to);

    /** The dot product of {@code a} and {@code b} over {@code from <= i < to}. */
    double dot(double[] a, double[] b, int from, int to);

    /** {@code gradZ[i] = a[i] (gradA[i] - weighted)} over {@code from <= i < to}: softmax's backward. */
    void softmaxBackward(double[] a, double[] gradA, double weighted, double[] gradZ, int from, int to);

    /** Heavy-ball momentum: {@code v = mu v - alpha g; w = w + v}. */
    void momentum(double[] w, double[] g, double[] v, int n, double mu, double alpha);

    /**
     * {@link #momentum} on a {@code rows x columns} parameter whose gradient is the outer product
     * {@code g[i * columns + j] = left[i] * right[j]}, computed as it goes: the same operations in
     * the same order, so the same values bit for bit, without g in memory.
     */
    void momentumOuterProduct(
            double[] w, double[] left, double[] right, double[] v, int rows, int columns, double mu, double alpha);

    /**
     * Plain gradient descent, {@code w -= alpha g}, on a {@code rows x columns} parameter whose
     * gradient is the outer product {@code g[i * columns + j] = left[i] * right[j]}, computed as it
     * goes, so the same values bit for bit as with g in memory.
     */
    void sgdOuterProduct(double[] w, double[] left, double[] right, int rows, int columns, double alpha);

    /**
     * Nesterov's momentum in the look-ahead form, {@code step = alpha g; v = mu v - step;
     * w = w + mu v - step}, on a {@code rows x columns} parameter whose gradient is the outer
     * product {@code g[i * columns + j] = left[i] * right[j]}, computed as it goes, so the same
     * values bit for bit as with g in memory.
     */
    void nesterovOuterProduct(
            double[] w, double[] left, double[] right, double[] v, int rows, int columns, double mu, double alpha);

    /**
     * Adam: {@code m = beta1 m + (1 - beta1) g; s = beta2 s + (1 - beta2) g^2;
     * w -= alpha (m / c1) / (sqrt(s / c2) + epsilon)}, with the bias corrections {@code c1, c2} of
     * step {@code t} ({@link AdamMoments#firstCorrection}, {@link AdamMoments#secondCorrection}).
     */
    void adam(double[] w, double[] g, double[] m, double[] s, int n, double alpha, AdamMoments moments, long t);

    /** The choice, made once when first used. */
    final class Choice {

        static final BatchMath BEST = choose();

        private Choice() {}

        private static BatchMath choose() {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                return new ScalarBatchMath();
            }
            try {
                return VectorBatchMath.worthwhile() ? new VectorBatchMath() : new ScalarBatchMath();
            } catch (LinkageError unavailable) {
                return new ScalarBatchMath();
            }
        }
    }
}
