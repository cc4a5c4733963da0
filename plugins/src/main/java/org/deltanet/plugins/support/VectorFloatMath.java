package org.deltanet.plugins.support;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The built-ins' batch loops in single precision ({@code precision: float32}) on the Vector API at
 * the processor's widest float vectors (sixteen lanes with AVX-512); every loop runs whole vectors
 * and ends in scalar code for its last elements, with the same operations in the same order, so
 * each element gets the same bits wherever it stands. No masks: on JDK 17 a masked load or store
 * that is not all-true is not compiled to vector instructions but runs element by element through
 * a lambda, and allocated up to 27 MB per training step. The Vector API's own {@code exp} gives
 * other last bits before the JIT compiles it than after, and a resumed run must repeat an
 * uninterrupted one bit for bit: sigmoid takes its exponentials from {@link FloatExp} (plain
 * arithmetic, the same bits in a lane and in scalar code), softmax and cross-entropy from
 * {@code Math.exp} rounded to float (their rows of ten classes are shorter than a vector). Used only
 * where {@link BatchMath#vectorized()} says the Vector API is present; elsewhere the built-ins fall
 * back to the SPI's converting defaults (double arithmetic, rounded). Agrees with the double
 * methods to float rounding (checked by {@code Float32AgreementTest}).
 */
public final class VectorFloatMath {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorFloatMath() {}

    /**
     * {@code a = 1 / (1 + e^-z)} without overflow, as {@link ScalarBatchMath#sigmoid(double)}, with
     * {@code e^-|z|} from {@link FloatExp} (in vectors, and the same bits in the scalar tail).
     */
    public static void sigmoid(float[] z, float[] a, int n) {
        FloatExp.ofMinusAbsolute(z, a, n);
        int i = 0;
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            FloatVector zv = FloatVector.fromArray(SPECIES, z, i);
            FloatVector e = FloatVector.fromArray(SPECIES, a, i);
            one.blend(e, zv.compare(VectorOperators.LT, 0f)).div(e.add(1f)).intoArray(a, i);
        }
        for (; i < n; i++) {
            float e = a[i];
            a[i] = (z[i] < 0f ? e : 1f) / (e + 1f);
        }
    }

    /** {@code gradZ = a (1 - a) gradA}. */
    public static void sigmoidBackward(float[] a, float[] gradA, float[] gradZ, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            FloatVector av = FloatVector.fromArray(SPECIES, a, i);
            av.mul(av.neg().add(1f))
                    .mul(FloatVector.fromArray(SPECIES, gradA, i))
                    .intoArray(gradZ, i);
        }
        for (; i < n; i++) {
            gradZ[i] = a[i] * (-a[i] + 1f) * gradA[i];
        }
    }

    /** {@code a = max(0, z)}. */
    public static void relu(float[] z, float[] a, int n) {
        FloatVector zero = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            FloatVector zv = FloatVector.fromArray(SPECIES, z, i);
            zero.blend(zv, zv.compare(VectorOperators.GT, 0f)).intoArray(a, i);
        }
        for (; i < n; i++) {
            a[i] = z[i] > 0f ? z[i] : 0f;
        }
    }

    /** {@code gradZ = gradA} where {@code z > 0}, else 0. */
    public static void reluBackward(float[] z, float[] gradA, float[] gradZ, int n) {
        FloatVector zero = FloatVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            FloatVector zv = FloatVector.fromArray(SPECIES, z, i);
            zero.blend(FloatVector.fromArray(SPECIES, gradA, i), zv.compare(VectorOperators.GT, 0f))
                    .intoArray(gradZ, i);
        }
        for (; i < n; i++) {
            gradZ[i] = z[i] > 0f ? gradA[i] : 0f;
        }
    }

    /** Softmax of every row of {@code z} into {@code a}: {@code e^(z - max) / sum}. */
    public static void softmax(float[] z, float[] a, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            float sum = exp(z, max(z, start, end), a, start, end);
            int i = start;
            for (; i + LANES <= end; i += LANES) {
                FloatVector.fromArray(SPECIES, a, i).div(sum).intoArray(a, i);
            }
            for (; i < end; i++) {
                a[i] /= sum;
            }
        }
    }

    /** Softmax's backward, {@code gradZ_j = a_j (gradA_j - sum_k a_k gradA_k)}, row by row. */
    public static void softmaxBackward(float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            FloatVector dot = FloatVector.zero(SPECIES);
            int i = start;
            for (; i + LANES <= end; i += LANES) {
                dot = dot.add(FloatVector.fromArray(SPECIES, a, i).mul(FloatVector.fromArray(SPECIES, gradA, i)));
            }
            float weighted = dot.reduceLanes(VectorOperators.ADD);
            for (; i < end; i++) {
                weighted += a[i] * gradA[i];
            }
            i = start;
            for (; i + LANES <= end; i += LANES) {
                FloatVector.fromArray(SPECIES, a, i)
                        .mul(FloatVector.fromArray(SPECIES, gradA, i).sub(weighted))
                        .intoArray(gradZ, i);
            }
            for (; i < end; i++) {
                gradZ[i] = a[i] * (gradA[i] - weighted);
            }
        }
    }

    /**
     * Cross-entropy after softmax from the net inputs, {@code (1/rows) sum_r sum_j y_j
     * (logsumexp(z_r) - z_j)}, each row's terms summed in float, the rows in double; terms whose
     * target is 0 are left out (so that an infinite {@code z_j} of a class not targeted adds no NaN).
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
            int i = start;
            for (; i + LANES <= end; i += LANES) {
                FloatVector y = FloatVector.fromArray(SPECIES, target, i);
                FloatVector terms =
                        y.mul(FloatVector.fromArray(SPECIES, z, i).neg().add(logSumExp));
                row = row.add(terms, y.compare(VectorOperators.NE, 0f));
            }
            float rowSum = row.reduceLanes(VectorOperators.ADD);
            for (; i < end; i++) {
                if (target[i] != 0f) {
                    rowSum += target[i] * (-z[i] + logSumExp);
                }
            }
            sum += rowSum;
        }
        return sum / rows;
    }

    /** Heavy-ball momentum: {@code v = mu v - alpha g; w = w + v}. */
    public static void momentum(float[] w, float[] g, float[] v, int n, float mu, float alpha) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            FloatVector velocity = FloatVector.fromArray(SPECIES, v, i)
                    .mul(mu)
                    .sub(FloatVector.fromArray(SPECIES, g, i).mul(alpha));
            velocity.intoArray(v, i);
            FloatVector.fromArray(SPECIES, w, i).add(velocity).intoArray(w, i);
        }
        for (; i < n; i++) {
            v[i] = v[i] * mu - g[i] * alpha;
            w[i] += v[i];
        }
    }

    /**
     * Adam, as {@link BatchMath#adam}, in float: the hyper-parameters and the bias corrections
     * (computed in double) are rounded to float once.
     */
    public static void adam(
            float[] w, float[] g, float[] m, float[] s, int n, float alpha, AdamMoments moments, long t) {
        float beta1 = (float) moments.beta1();
        float beta2 = (float) moments.beta2();
        float epsilon = (float) moments.epsilon();
        float firstCorrection = (float) moments.firstCorrection(t);
        float secondCorrection = (float) moments.secondCorrection(t);
        float keep1 = 1f - beta1;
        float keep2 = 1f - beta2;
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            FloatVector gv = FloatVector.fromArray(SPECIES, g, i);
            FloatVector first = FloatVector.fromArray(SPECIES, m, i).mul(beta1).add(gv.mul(keep1));
            FloatVector second = FloatVector.fromArray(SPECIES, s, i)
                    .mul(beta2)
                    .add(gv.mul(keep2).mul(gv));
            first.intoArray(m, i);
            second.intoArray(s, i);
            FloatVector step = first.div(firstCorrection)
                    .mul(alpha)
                    .div(second.div(secondCorrection).sqrt().add(epsilon));
            FloatVector.fromArray(SPECIES, w, i).sub(step).intoArray(w, i);
        }
        for (; i < n; i++) {
            float gi = g[i];
            m[i] = m[i] * beta1 + gi * keep1;
            s[i] = s[i] * beta2 + gi * keep2 * gi;
            w[i] -= m[i] / firstCorrection * alpha / ((float) Math.sqrt(s[i] / secondCorrection) + epsilon);
        }
    }

    private static float max(float[] values, int from, int to) {
        float result = Float.NEGATIVE_INFINITY;
        int i = from;
        if (to - from >= LANES) {
            FloatVector max = FloatVector.fromArray(SPECIES, values, i);
            for (i += LANES; i + LANES <= to; i += LANES) {
                max = max.max(FloatVector.fromArray(SPECIES, values, i));
            }
            result = max.reduceLanes(VectorOperators.MAX);
        }
        for (; i < to; i++) {
            result = Math.max(result, values[i]);
        }
        return result;
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
