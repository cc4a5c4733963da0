package org.deltanet.plugins.support;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BatchMath} on the Vector API at the processor's widest double vectors (eight lanes with
 * AVX-512), the tail of each loop in scalar code. The arithmetic is the scalar reference's,
 * operation for operation (no fused multiply-adds; sigmoid's exponentials are {@link DoubleExp}'s,
 * written out on vectors, see {@link #sigmoid}), so that only the order of the sums (max, dot)
 * differs.
 *
 * <p>Needs {@code --add-modules jdk.incubator.vector}; {@link BatchMath#best()} creates it only
 * when the module is present.
 */
final class VectorBatchMath implements BatchMath {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final ScalarBatchMath TAIL = new ScalarBatchMath();

    static boolean worthwhile() {
        return LANES >= 4;
    }

    /**
     * The exponentials {@code e^-|z|} on vectors with {@link DoubleExp}'s operations written out
     * (the Vector API's own {@code exp} gives other last bits before the JIT compiles it than after,
     * which would make a resumed run differ from an uninterrupted one), then the quotient on vectors;
     * the tail is the scalar sigmoid, whose exponentials are {@link DoubleExp}'s.
     */
    @Override
    public void sigmoid(double[] z, double[] a, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            DoubleVector clamped =
                    DoubleVector.fromArray(SPECIES, z, i).abs().neg().max(DoubleExp.LOWEST);
            DoubleVector rounded = clamped.mul(DoubleExp.LOG2_E).add(DoubleExp.ROUNDER);
            DoubleVector k = rounded.sub(DoubleExp.ROUNDER);
            DoubleVector r = clamped.sub(k.mul(DoubleExp.LN2_HIGH)).sub(k.mul(DoubleExp.LN2_LOW));
            DoubleVector p = r.mul(DoubleExp.C13)
                    .add(DoubleExp.C12)
                    .mul(r)
                    .add(DoubleExp.C11)
                    .mul(r)
                    .add(DoubleExp.C10)
                    .mul(r)
                    .add(DoubleExp.C9)
                    .mul(r)
                    .add(DoubleExp.C8)
                    .mul(r)
                    .add(DoubleExp.C7)
                    .mul(r)
                    .add(DoubleExp.C6)
                    .mul(r)
                    .add(DoubleExp.C5)
                    .mul(r)
                    .add(DoubleExp.C4)
                    .mul(r)
                    .add(DoubleExp.C3)
                    .mul(r)
                    .add(DoubleExp.C2);
            DoubleVector er = p.mul(r.mul(r)).add(r).add(1.0);
            LongVector exponent = rounded.reinterpretAsLongs().sub(DoubleExp.ROUNDER_BITS);
            LongVector half = exponent.lanewise(VectorOperators.ASHR, 1);
            DoubleVector first =
                    half.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector second = exponent.sub(half)
                    .add(1023)
                    .lanewise(VectorOperators.LSHL, 52)
                    .reinterpretAsDoubles();
            er.mul(first).mul(second).intoArray(a, i);
        }
        i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            DoubleVector zv = DoubleVector.fromArray(SPECIES, z, i);
            DoubleVector e = DoubleVector.fromArray(SPECIES, a, i);
            VectorMask<Double> negative = zv.compare(VectorOperators.LT, 0.0);
            DoubleVector numerator = DoubleVector.broadcast(SPECIES, 1.0).blend(e, negative);
            numerator.div(e.add(1.0)).intoArray(a, i);
        }
        ScalarBatchMath.sigmoid(z, a, i, n);
    }

    @Override
    public void sigmoidBackward(double[] a, double[] gradA, double[] gradZ, int n) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            DoubleVector av = DoubleVector.fromArray(SPECIES, a, i);
            av.mul(av.neg().add(1.0))
                    .mul(DoubleVector.fromArray(SPECIES, gradA, i))
                    .intoArray(gradZ, i);
        }
        ScalarBatchMath.sigmoidBackward(a, gradA, gradZ, i, n);
    }

    @Override
    public void relu(double[] z, double[] a, int n) {
        int i = 0;
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            DoubleVector zv = DoubleVector.fromArray(SPECIES, z, i);
            zero.blend(zv, zv.compare(VectorOperators.GT, 0.0)).intoArray(a, i);
        }
        ScalarBatchMath.relu(z, a, i, n);
    }

    @Override
    public void reluBackward(double[] z, double[] gradA, double[] gradZ, int n) {
        int i = 0;
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            VectorMask<Double> positive = DoubleVector.fromArray(SPECIES, z, i).compare(VectorOperators.GT, 0.0);
            zero.blend(DoubleVector.fromArray(SPECIES, gradA, i), positive).intoArray(gradZ, i);
        }
        ScalarBatchMath.reluBackward(z, gradA, gradZ, i, n);
    }

    @Override
    public double max(double[] values, int from, int to) {
        if (to - from < LANES) {
            return TAIL.max(values, from, to);
        }
        DoubleVector max = DoubleVector.fromArray(SPECIES, values, from);
        int i = from + LANES;
        for (; i + LANES <= to; i += LANES) {
            max = max.max(DoubleVector.fromArray(SPECIES, values, i));
        }
        double result = max.reduceLanes(VectorOperators.MAX);
        for (; i < to; i++) {
            result = Math.max(result, values[i]);
        }
        return result;
    }

    /** Scalar, for the reason given at {@link #sigmoid}. */
    @Override
    public double exp(double[] z, double shift, double[] out, int from, int to) {
        return TAIL.exp(z, shift, out, from, to);
    }

    /** Scalar, for the reason given at {@link #sigmoid}. */
    @Override
    public double sumExp(double[] z, double shift, int from, int to) {
        return TAIL.sumExp(z, shift, from, to);
    }

    @Override
    public void divide(double[] values, double divisor, int from, int to) {
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            DoubleVector.fromArray(SPECIES, values, i).div(divisor).intoArray(values, i);
        }
        TAIL.divide(values, divisor, i, to);
    }

    @Override
    public double dot(double[] a, double[] b, int from, int to) {
        DoubleVector sum = DoubleVector.zero(SPECIES);
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            sum = sum.add(DoubleVector.fromArray(SPECIES, a, i).mul(DoubleVector.fromArray(SPECIES, b, i)));
        }
        return sum.reduceLanes(VectorOperators.ADD) + TAIL.dot(a, b, i, to);
    }

    @Override
    public void softmaxBackward(double[] a, double[] gradA, double weighted, double[] gradZ, int from, int to) {
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            DoubleVector.fromArray(SPECIES, a, i)
                    .mul(DoubleVector.fromArray(SPECIES, gradA, i).sub(weighted))
                    .intoArray(gradZ, i);
        }
        TAIL.softmaxBackward(a, gradA, weighted, gradZ, i, to);
    }

    @Override
    public void momentum(double[] w, double[] g, double[] v, int n, double mu, double alpha) {
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            DoubleVector velocity = DoubleVector.fromArray(SPECIES, v, i)
                    .mul(mu)
                    .sub(DoubleVector.fromArray(SPECIES, g, i).mul(alpha));
            velocity.intoArray(v, i);
            DoubleVector.fromArray(SPECIES, w, i).add(velocity).intoArray(w, i);
        }
        ScalarBatchMath.momentum(w, g, v, i, n, mu, alpha);
    }

    @Override
    public void momentumOuterProduct(
            double[] w, double[] left, double[] right, double[] v, int rows, int columns, double mu, double alpha) {
        int bound = SPECIES.loopBound(columns);
        for (int r = 0; r < rows; r++) {
            DoubleVector factor = DoubleVector.broadcast(SPECIES, left[r]);
            int offset = r * columns;
            int j = 0;
            for (; j < bound; j += LANES) {
                DoubleVector gradient = factor.mul(DoubleVector.fromArray(SPECIES, right, j));
                DoubleVector velocity =
                        DoubleVector.fromArray(SPECIES, v, offset + j).mul(mu).sub(gradient.mul(alpha));
                velocity.intoArray(v, offset + j);
                DoubleVector.fromArray(SPECIES, w, offset + j).add(velocity).intoArray(w, offset + j);
            }
            ScalarBatchMath.momentumRow(w, left[r], right, v, offset, j, columns, mu, alpha);
        }
    }

    @Override
    public void sgdOuterProduct(double[] w, double[] left, double[] right, int rows, int columns, double alpha) {
        int bound = SPECIES.loopBound(columns);
        for (int r = 0; r < rows; r++) {
            DoubleVector factor = DoubleVector.broadcast(SPECIES, left[r]);
            int offset = r * columns;
            int j = 0;
            for (; j < bound; j += LANES) {
                DoubleVector step =
                        factor.mul(DoubleVector.fromArray(SPECIES, right, j)).mul(alpha);
                DoubleVector.fromArray(SPECIES, w, offset + j).sub(step).intoArray(w, offset + j);
            }
            ScalarBatchMath.sgdRow(w, left[r], right, offset, j, columns, alpha);
        }
    }

    @Override
    public void nesterovOuterProduct(
            double[] w, double[] left, double[] right, double[] v, int rows, int columns, double mu, double alpha) {
        int bound = SPECIES.loopBound(columns);
        for (int r = 0; r < rows; r++) {
            DoubleVector factor = DoubleVector.broadcast(SPECIES, left[r]);
            int offset = r * columns;
            int j = 0;
            for (; j < bound; j += LANES) {
                DoubleVector step =
                        factor.mul(DoubleVector.fromArray(SPECIES, right, j)).mul(alpha);
                DoubleVector velocity =
                        DoubleVector.fromArray(SPECIES, v, offset + j).mul(mu).sub(step);
                velocity.intoArray(v, offset + j);
                DoubleVector.fromArray(SPECIES, w, offset + j)
                        .add(velocity.mul(mu).sub(step))
                        .intoArray(w, offset + j);
            }
            ScalarBatchMath.nesterovRow(w, left[r], right, v, offset, j, columns, mu, alpha);
        }
    }

    @Override
    public void adam(double[] w, double[] g, double[] m, double[] s, int n, double alpha, AdamMoments moments, long t) {
        double beta1 = moments.beta1();
        double beta2 = moments.beta2();
        double epsilon = moments.epsilon();
        double firstCorrection = moments.firstCorrection(t);
        double secondCorrection = moments.secondCorrection(t);
        double keep1 = 1.0 - beta1;
        double keep2 = 1.0 - beta2;
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += LANES) {
            DoubleVector gv = DoubleVector.fromArray(SPECIES, g, i);
            DoubleVector first =
                    DoubleVector.fromArray(SPECIES, m, i).mul(beta1).add(gv.mul(keep1));
            DoubleVector second = DoubleVector.fromArray(SPECIES, s, i)
                    .mul(beta2)
                    .add(gv.mul(keep2).mul(gv));
            first.intoArray(m, i);
            second.intoArray(s, i);
            DoubleVector step = first.div(firstCorrection)
                    .mul(alpha)
                    .div(second.div(secondCorrection).sqrt().add(epsilon));
            DoubleVector.fromArray(SPECIES, w, i).sub(step).intoArray(w, i);
        }
        ScalarBatchMath.adam(w, g, m, s, i, n, alpha, moments, t);
    }
}
