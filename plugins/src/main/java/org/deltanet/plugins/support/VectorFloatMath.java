package org.deltanet.plugins.support;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The built-ins' batch loops in single precision ({@code precision: float32}) on the Vector API at
 * the processor's widest float vectors (sixteen lanes with AVX-512); every loop's last part runs
 * under a mask, so each element goes through the same operations wherever it stands. Exponentials
 * are taken in scalar code ({@code Math.exp} rounded to float): the Vector API's {@code exp} gives
 * other last bits before the JIT compiles it than after, and a resumed run must repeat an
 * uninterrupted one bit for bit. Used only
 * where {@link BatchMath#vectorized()} says the Vector API is present; elsewhere the built-ins fall
 * back to the SPI's converting defaults (double arithmetic, rounded). Agrees with the double
 * methods to float rounding (checked by {@code FloatMathAgreementTest}).
 */
public final class VectorFloatMath {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorFloatMath() {}

    /** {@code a = 1 / (1 + e^-z)} without overflow, as {@link ScalarBatchMath#sigmoid(double)}. */
    public static void sigmoid(float[] z, float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = (float) Math.exp(-Math.abs(z[i]));
        }
        for (int i = 0; i < n; i += LANES) {
            VectorMask<Float> in = SPECIES.indexInRange(i, n);
            FloatVector zv = FloatVector.fromArray(SPECIES, z, i, in);
            FloatVector e = FloatVector.fromArray(SPECIES, a, i, in);
            FloatVector numerator = FloatVector.broadcast(SPECIES, 1f).blend(e, zv.compare(VectorOperators.LT, 0f));
            numerator.div(e.add(1f)).intoArray(a, i, in);
        }
    }

    /** {@code gradZ = a (1 - a) gradA}. */
    public static void sigmoidBackward(float[] a, float[] gradA, float[] gradZ, int n) {
        for (int i = 0; i < n; i += LANES) {
            VectorMask<Float> in = SPECIES.indexInRange(i, n);
            FloatVector av = FloatVector.fromArray(SPECIES, a, i, in);
            av.mul(av.neg().add(1f))
                    .mul(FloatVector.fromArray(SPECIES, gradA, i, in))
                    .intoArray(gradZ, i, in);
        }
    }

    /** {@code a = max(0, z)}. */
    public static void relu(float[] z, float[] a, int n) {
        FloatVector zero = FloatVector.zero(SPECIES);
        for (int i = 0; i < n; i += LANES) {
            VectorMask<Float> in = SPECIES.indexInRange(i, n);
            FloatVector zv = FloatVector.fromArray(SPECIES, z, i, in);
            zero.blend(zv, zv.compare(VectorOperators.GT, 0f)).intoArray(a, i, in);
        }
    }

    /** {@code gradZ = gradA} where {@code z > 0}, else 0. */
    public static void reluBackward(float[] z, float[] gradA, float[] gradZ, int n) {
        FloatVector zero = FloatVector.zero(SPECIES);
        for (int i = 0; i < n; i += LANES) {
            VectorMask<Float> in = SPECIES.indexInRange(i, n);
            VectorMask<Float> positive =
                    FloatVector.fromArray(SPECIES, z, i, in).compare(VectorOperators.GT, 0f);
            zero.blend(FloatVector.fromArray(SPECIES, gradA, i, in), positive).intoArray(gradZ, i, in);
        }
    }

    /** Softmax of every row of {@code z} into {@code a}: {@code e^(z - max) / sum}. */
    public static void softmax(float[] z, float[] a, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            float sum = exp(z, max(z, start, end), a, start, end);
            for (int i = start; i < end; i += LANES) {
                VectorMask<Float> in = SPECIES.indexInRange(i, end);
                FloatVector.fromArray(SPECIES, a, i, in).div(sum).intoArray(a, i, in);
            }
        }
    }

    /** Softmax's backward, {@code gradZ_j = a_j (gradA_j - sum_k a_k gradA_k)}, row by row. */
    public static void softmaxBackward(float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            FloatVector dot = FloatVector.zero(SPECIES);
            for (int i = start; i < end; i += LANES) {
                VectorMask<Float> in = SPECIES.indexInRange(i, end);
                dot = dot.add(
                        FloatVector.fromArray(SPECIES, a, i, in).mul(FloatVector.fromArray(SPECIES, gradA, i, in)));
            }
            float weighted = dot.reduceLanes(VectorOperators.ADD);
            for (int i = start; i < end; i += LANES) {
                VectorMask<Float> in = SPECIES.indexInRange(i, end);
                FloatVector.fromArray(SPECIES, a, i, in)
                        .mul(FloatVector.fromArray(SPECIES, gradA, i, in).sub(weighted))
                        .intoArray(gradZ, i, in);
            }
        }
    }

    /**
     * Cross-entropy after softmax from the net inputs, {@code (1/rows) sum_r sum_j y_j
     * (logsumexp(z_r) - z_j)}, each row's terms summed in float, the rows in double.
     */
    public static double softmaxCrossEntropy(float[] z, float[] target, int rows, int cols) {
        double sum = 0.0;
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            float max = max(z, start, end);
            float exponentials = 0f;
            for (int i = start; i < end; i++) {
                exponentials += (float) Math.exp(z[i] - max);
            }
            float logSumExp = max + (float) Math.log(exponentials);
            FloatVector row = FloatVector.zero(SPECIES);
            for (int i = start; i < end; i += LANES) {
                VectorMask<Float> in = SPECIES.indexInRange(i, end);
                FloatVector y = FloatVector.fromArray(SPECIES, target, i, in);
                FloatVector terms =
                        y.mul(FloatVector.fromArray(SPECIES, z, i, in).neg().add(logSumExp));
                row = row.add(terms, in.and(y.compare(VectorOperators.NE, 0f)));
            }
            sum += row.reduceLanes(VectorOperators.ADD);
        }
        return sum / rows;
    }

    /** Heavy-ball momentum: {@code v = mu v - alpha g; w = w + v}. */
    public static void momentum(float[] w, float[] g, float[] v, int n, float mu, float alpha) {
        for (int i = 0; i < n; i += LANES) {
            VectorMask<Float> in = SPECIES.indexInRange(i, n);
            FloatVector velocity = FloatVector.fromArray(SPECIES, v, i, in)
                    .mul(mu)
                    .sub(FloatVector.fromArray(SPECIES, g, i, in).mul(alpha));
            velocity.intoArray(v, i, in);
            FloatVector.fromArray(SPECIES, w, i, in).add(velocity).intoArray(w, i, in);
        }
    }

    /** Adam, as {@link BatchMath#adam}, in float. */
    public static void adam(
            float[] w,
            float[] g,
            float[] m,
            float[] s,
            int n,
            float alpha,
            float beta1,
            float beta2,
            float epsilon,
            float firstCorrection,
            float secondCorrection) {
        float keep1 = 1f - beta1;
        float keep2 = 1f - beta2;
        for (int i = 0; i < n; i += LANES) {
            VectorMask<Float> in = SPECIES.indexInRange(i, n);
            FloatVector gv = FloatVector.fromArray(SPECIES, g, i, in);
            FloatVector first =
                    FloatVector.fromArray(SPECIES, m, i, in).mul(beta1).add(gv.mul(keep1));
            FloatVector second = FloatVector.fromArray(SPECIES, s, i, in)
                    .mul(beta2)
                    .add(gv.mul(keep2).mul(gv));
            first.intoArray(m, i, in);
            second.intoArray(s, i, in);
            FloatVector step = first.div(firstCorrection)
                    .mul(alpha)
                    .div(second.div(secondCorrection).sqrt().add(epsilon));
            FloatVector.fromArray(SPECIES, w, i, in).sub(step).intoArray(w, i, in);
        }
    }

    private static float max(float[] values, int from, int to) {
        FloatVector max = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
        for (int i = from; i < to; i += LANES) {
            VectorMask<Float> in = SPECIES.indexInRange(i, to);
            max = max.lanewise(VectorOperators.MAX, FloatVector.fromArray(SPECIES, values, i, in), in);
        }
        return max.reduceLanes(VectorOperators.MAX);
    }

    private static float exp(float[] z, float shift, float[] out, int from, int to) {
        float sum = 0f;
        for (int i = from; i < to; i++) {
            out[i] = (float) Math.exp(z[i] - shift);
            sum += out[i];
        }
        return sum;
    }
}
