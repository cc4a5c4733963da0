package org.deltanet.plugins.support;

/** {@link BatchMath} in plain Java loops: the reference, and what runs without the Vector API. */
public final class ScalarBatchMath implements BatchMath {

    /**
     * The logistic function, as {@code 1 / (1 + e^-z)} for z &ge; 0 and {@code e^z / (1 + e^z)}
     * for z &lt; 0, so that the exponential never overflows: 0 or 1 (never NaN) for large |z|.
     */
    public static double sigmoid(double z) {
        double e = DoubleExp.ofNonPositive(-Math.abs(z));
        return z >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    @Override
    public void sigmoid(double[] z, double[] a, int n) {
        sigmoid(z, a, 0, n);
    }

    static void sigmoid(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = sigmoid(z[i]);
        }
    }

    @Override
    public void sigmoidBackward(double[] a, double[] gradA, double[] gradZ, int n) {
        sigmoidBackward(a, gradA, gradZ, 0, n);
    }

    static void sigmoidBackward(double[] a, double[] gradA, double[] gradZ, int from, int to) {
        for (int i = from; i < to; i++) {
            gradZ[i] = a[i] * (1.0 - a[i]) * gradA[i];
        }
    }

    @Override
    public void relu(double[] z, double[] a, int n) {
        relu(z, a, 0, n);
    }

    static void relu(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            a[i] = z[i] > 0.0 ? z[i] : 0.0;
        }
    }

    @Override
    public void reluBackward(double[] z, double[] gradA, double[] gradZ, int n) {
        reluBackward(z, gradA, gradZ, 0, n);
    }

    static void reluBackward(double[] z, double[] gradA, double[] gradZ, int from, int to) {
        for (int i = from; i < to; i++) {
            gradZ[i] = z[i] > 0.0 ? gradA[i] : 0.0;
        }
    }

    @Override
    public double max(double[] values, int from, int to) {
        double max = values[from];
        for (int i = from + 1; i < to; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    @Override
    public double exp(double[] z, double shift, double[] out, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            out[i] = Math.exp(z[i] - shift);
            sum += out[i];
        }
        return sum;
    }

    @Override
    public double sumExp(double[] z, double shift, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += Math.exp(z[i] - shift);
        }
        return sum;
    }

    @Override
    public void divide(double[] values, double divisor, int from, int to) {
        for (int i = from; i < to; i++) {
            values[i] /= divisor;
        }
    }

    @Override
    public double dot(double[] a, double[] b, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Override
    public void softmaxBackward(double[] a, double[] gradA, double weighted, double[] gradZ, int from, int to) {
        for (int i = from; i < to; i++) {
            gradZ[i] = a[i] * (gradA[i] - weighted);
        }
    }

    @Override
    public void momentum(double[] w, double[] g, double[] v, int n, double mu, double alpha) {
        momentum(w, g, v, 0, n, mu, alpha);
    }

    static void momentum(double[] w, double[] g, double[] v, int from, int to, double mu, double alpha) {
        for (int i = from; i < to; i++) {
            v[i] = mu * v[i] - alpha * g[i];
            w[i] += v[i];
        }
    }

    @Override
    public void momentumOuterProduct(
            double[] w, double[] left, double[] right, double[] v, int rows, int columns, double mu, double alpha) {
        for (int i = 0; i < rows; i++) {
            momentumRow(w, left[i], right, v, i * columns, 0, columns, mu, alpha);
        }
    }

    /**
     * Columns {@code from .. to-1} of one row of {@link #momentumOuterProduct}: the row starting at
     * {@code offset}, whose gradient is {@code factor * right[j]}.
     */
    static void momentumRow(
            double[] w,
            double factor,
            double[] right,
            double[] v,
            int offset,
            int from,
            int to,
            double mu,
            double alpha) {
        for (int j = from; j < to; j++) {
            int i = offset + j;
            v[i] = mu * v[i] - alpha * (factor * right[j]);
            w[i] += v[i];
        }
    }

    @Override
    public void sgdOuterProduct(double[] w, double[] left, double[] right, int rows, int columns, double alpha) {
        for (int i = 0; i < rows; i++) {
            sgdRow(w, left[i], right, i * columns, 0, columns, alpha);
        }
    }

    /** Columns {@code from .. to-1} of one row of {@link #sgdOuterProduct}, starting at {@code offset}. */
    static void sgdRow(double[] w, double factor, double[] right, int offset, int from, int to, double alpha) {
        for (int j = from; j < to; j++) {
            w[offset + j] -= alpha * (factor * right[j]);
        }
    }

    @Override
    public void nesterovOuterProduct(
            double[] w, double[] left, double[] right, double[] v, int rows, int columns, double mu, double alpha) {
        for (int i = 0; i < rows; i++) {
            nesterovRow(w, left[i], right, v, i * columns, 0, columns, mu, alpha);
        }
    }

    /** Columns {@code from .. to-1} of one row of {@link #nesterovOuterProduct}, starting at {@code offset}. */
    static void nesterovRow(
            double[] w,
            double factor,
            double[] right,
            double[] v,
            int offset,
            int from,
            int to,
            double mu,
            double alpha) {
        for (int j = from; j < to; j++) {
            int i = offset + j;
            double step = alpha * (factor * right[j]);
            v[i] = mu * v[i] - step;
            w[i] += mu * v[i] - step;
        }
    }

    @Override
    public void adam(double[] w, double[] g, double[] m, double[] s, int n, double alpha, AdamMoments moments, long t) {
        adam(w, g, m, s, 0, n, alpha, moments, t);
    }

    static void adam(
            double[] w,
            double[] g,
            double[] m,
            double[] s,
            int from,
            int to,
            double alpha,
            AdamMoments moments,
            long t) {
        double beta1 = moments.beta1();
        double beta2 = moments.beta2();
        double epsilon = moments.epsilon();
        double firstCorrection = moments.firstCorrection(t);
        double secondCorrection = moments.secondCorrection(t);
        double keep1 = 1.0 - beta1;
        double keep2 = 1.0 - beta2;
        for (int i = from; i < to; i++) {
            double gi = g[i];
            m[i] = beta1 * m[i] + keep1 * gi;
            s[i] = beta2 * s[i] + keep2 * gi * gi;
            w[i] -= alpha * (m[i] / firstCorrection) / (Math.sqrt(s[i] / secondCorrection) + epsilon);
        }
    }
}
