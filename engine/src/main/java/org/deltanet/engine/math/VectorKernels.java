package org.deltanet.engine.math;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API ({@code jdk.incubator.vector}) at the processor's widest double vectors (eight
 * lanes with AVX-512), with fused multiply-adds into register tiles:
 * <ul>
 *   <li>{@code A B^T} (forward): dot products along the shared contiguous dimension, 4 rows of A
 *       against 4 rows of B in sixteen vector sums, reduced across lanes once per tile;</li>
 *   <li>{@code A B} and {@code scale A^T B} (delta rule, gradient) share one core: a 4-row x
 *       two-vector block of C held in eight vector sums, each step broadcasting four elements of A
 *       (strided, so the transpose costs nothing) against two vectors of a row of B, taken from a
 *       contiguous copy of that column strip of B that serves all rows of C.</li>
 * </ul>
 * Edges run as narrower tiles, and shapes too small for one vector (the inner dimension of the
 * forward product, or the width of C, below the lane count) go to {@link TiledKernels}.
 *
 * <p>Needs {@code --add-modules jdk.incubator.vector} at compile and run time;
 * {@link Kernels#best()} creates this class only when the module is present and the processor has
 * vectors of at least four doubles.
 */
final class VectorKernels implements MatrixKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int TILE = 4;
    /** Doubles of A that {@code A B^T} keeps in the cache (256 KB) while every row of B passes over them. */
    private static final int A_BLOCK_DOUBLES = 1 << 15;

    /** Per thread (ParallelKernels computes bands concurrently), a buffer for one strip of B. */
    private static final ThreadLocal<double[][]> STRIPS = ThreadLocal.withInitial(() -> new double[1][0]);

    private final MatrixKernels small = new TiledKernels();

    /** Whether this processor's preferred double vectors have at least four lanes. */
    static boolean worthwhile() {
        return LANES >= 4;
    }

    @Override
    public String name() {
        return "vector-api-" + SPECIES.vectorBitSize() + "bit";
    }

    @Override
    public void multiplyTransposedBRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        if (k < LANES) {
            small.multiplyTransposedBRows(a, b, c, n, k, from, to);
            return;
        }
        // A in blocks that stay in the cache while every row of B passes once per block
        int block = Math.max(TILE, A_BLOCK_DOUBLES / k / TILE * TILE);
        for (int i0 = from; i0 < to; i0 += block) {
            int i1 = Math.min(to, i0 + block);
            int j = 0;
            for (; j + TILE <= n; j += TILE) {
                int i = i0;
                for (; i + TILE <= i1; i += TILE) {
                    dot4x4(a, b, c, i, j, n, k);
                }
                for (; i < i1; i++) {
                    dot1x4(a, b, c, i, j, n, k);
                }
            }
            for (; j < n; j++) {
                for (int i = i0; i < i1; i++) {
                    c[i * n + j] = dot(a, i * k, b, j * k, k);
                }
            }
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        if (n < LANES) {
            small.multiplyRows(a, b, c, n, k, from, to);
            return;
        }
        axpyRows(a, k, 1, b, c, n, k, 1.0, from, to);
    }

    @Override
    public void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        if (n < LANES) {
            small.multiplyTransposedARows(a, b, c, m, n, k, scale, from, to);
            return;
        }
        axpyRows(a, 1, m, b, c, n, k, scale, from, to);
    }

    /** C(i, j) = A_i . B_j for i in [i0, i0 + 4), j in [j0, j0 + 4). */
    private static void dot4x4(double[] a, double[] b, double[] c, int i0, int j0, int n, int k) {
        int a0 = i0 * k;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        int b0 = j0 * k;
        int b1 = b0 + k;
        int b2 = b1 + k;
        int b3 = b2 + k;
        DoubleVector s00 = DoubleVector.zero(SPECIES);
        DoubleVector s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        DoubleVector s20 = s00, s21 = s00, s22 = s00, s23 = s00, s30 = s00, s31 = s00, s32 = s00, s33 = s00;
        int bound = SPECIES.loopBound(k);
        for (int p = 0; p < bound; p += LANES) {
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, a, a0 + p);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, a, a1 + p);
            DoubleVector x2 = DoubleVector.fromArray(SPECIES, a, a2 + p);
            DoubleVector x3 = DoubleVector.fromArray(SPECIES, a, a3 + p);
            DoubleVector y0 = DoubleVector.fromArray(SPECIES, b, b0 + p);
            DoubleVector y1 = DoubleVector.fromArray(SPECIES, b, b1 + p);
            DoubleVector y2 = DoubleVector.fromArray(SPECIES, b, b2 + p);
            DoubleVector y3 = DoubleVector.fromArray(SPECIES, b, b3 + p);
            s00 = x0.fma(y0, s00);
            s01 = x0.fma(y1, s01);
            s02 = x0.fma(y2, s02);
            s03 = x0.fma(y3, s03);
            s10 = x1.fma(y0, s10);
            s11 = x1.fma(y1, s11);
            s12 = x1.fma(y2, s12);
            s13 = x1.fma(y3, s13);
            s20 = x2.fma(y0, s20);
            s21 = x2.fma(y1, s21);
            s22 = x2.fma(y2, s22);
            s23 = x2.fma(y3, s23);
            s30 = x3.fma(y0, s30);
            s31 = x3.fma(y1, s31);
            s32 = x3.fma(y2, s32);
            s33 = x3.fma(y3, s33);
        }
        int c0 = i0 * n + j0;
        store4(c, c0, s00, s01, s02, s03);
        store4(c, c0 + n, s10, s11, s12, s13);
        store4(c, c0 + 2 * n, s20, s21, s22, s23);
        store4(c, c0 + 3 * n, s30, s31, s32, s33);
        for (int p = bound; p < k; p++) {
            for (int r = 0; r < TILE; r++) {
                double x = a[a0 + r * k + p];
                for (int q = 0; q < TILE; q++) {
                    c[c0 + r * n + q] += x * b[b0 + q * k + p];
                }
            }
        }
    }

    /** C(i, j) = A_i . B_j for j in [j0, j0 + 4). */
    private static void dot1x4(double[] a, double[] b, double[] c, int i, int j0, int n, int k) {
        int a0 = i * k;
        int b0 = j0 * k;
        int b1 = b0 + k;
        int b2 = b1 + k;
        int b3 = b2 + k;
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0, s2 = s0, s3 = s0;
        int bound = SPECIES.loopBound(k);
        for (int p = 0; p < bound; p += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, a0 + p);
            s0 = x.fma(DoubleVector.fromArray(SPECIES, b, b0 + p), s0);
            s1 = x.fma(DoubleVector.fromArray(SPECIES, b, b1 + p), s1);
            s2 = x.fma(DoubleVector.fromArray(SPECIES, b, b2 + p), s2);
            s3 = x.fma(DoubleVector.fromArray(SPECIES, b, b3 + p), s3);
        }
        int c0 = i * n + j0;
        store4(c, c0, s0, s1, s2, s3);
        for (int p = bound; p < k; p++) {
            double x = a[a0 + p];
            for (int q = 0; q < TILE; q++) {
                c[c0 + q] += x * b[b0 + q * k + p];
            }
        }
    }

    private static double dot(double[] a, int a0, double[] b, int b0, int k) {
        DoubleVector sum = DoubleVector.zero(SPECIES);
        int bound = SPECIES.loopBound(k);
        for (int p = 0; p < bound; p += LANES) {
            sum = DoubleVector.fromArray(SPECIES, a, a0 + p).fma(DoubleVector.fromArray(SPECIES, b, b0 + p), sum);
        }
        double result = sum.reduceLanes(VectorOperators.ADD);
        for (int p = bound; p < k; p++) {
            result += a[a0 + p] * b[b0 + p];
        }
        return result;
    }

    private static void store4(double[] c, int at, DoubleVector v0, DoubleVector v1, DoubleVector v2, DoubleVector v3) {
        c[at] = v0.reduceLanes(VectorOperators.ADD);
        c[at + 1] = v1.reduceLanes(VectorOperators.ADD);
        c[at + 2] = v2.reduceLanes(VectorOperators.ADD);
        c[at + 3] = v3.reduceLanes(VectorOperators.ADD);
    }

    /**
     * Rows {@code from .. to-1} of {@code C = scale * A B} where {@code A(i, p) = a[i * aRow + p *
     * aCol]} and B is {@code k x n} row-major. Column strips of B two vectors wide are copied into a
     * contiguous per-thread buffer once and then serve every 4-row block: read in place, each of
     * their rows lies a whole row of B apart, which the hardware prefetchers do not follow.
     */
    private static void axpyRows(
            double[] a, int aRow, int aCol, double[] b, double[] c, int n, int k, double scale, int from, int to) {
        int blocked = from + (to - from) / TILE * TILE;
        int wide = blocked > from ? n / (2 * LANES) * (2 * LANES) : 0;
        double[] strip = wide > 0 ? strip(2 * LANES * k) : null;
        for (int j = 0; j < wide; j += 2 * LANES) {
            for (int p = 0; p < k; p++) {
                DoubleVector.fromArray(SPECIES, b, p * n + j).intoArray(strip, p * 2 * LANES);
                DoubleVector.fromArray(SPECIES, b, p * n + j + LANES).intoArray(strip, p * 2 * LANES + LANES);
            }
            for (int i = from; i < blocked; i += TILE) {
                axpy4x2(a, i * aRow, aRow, aCol, strip, c, i * n + j, n, k, scale);
            }
        }
        for (int i = from; i < to; i++) {
            axpyRow(a, i * aRow, aCol, b, c, i * n, i < blocked ? wide : 0, n, k, scale);
        }
    }

    /** This thread's strip buffer, at least {@code length} long; allocated only when it must grow. */
    private static double[] strip(int length) {
        double[][] holder = STRIPS.get();
        if (holder[0].length < length) {
            holder[0] = new double[length];
        }
        return holder[0];
    }

    /**
     * A 4 x (2 lanes) block of C at {@code c0} (rows {@code n} apart) from a strip of B whose rows
     * are two vectors, contiguous.
     */
    private static void axpy4x2(
            double[] a, int a0, int aRow, int aCol, double[] strip, double[] c, int c0, int n, int k, double scale) {
        DoubleVector s00 = DoubleVector.zero(SPECIES);
        DoubleVector s01 = s00, s10 = s00, s11 = s00, s20 = s00, s21 = s00, s30 = s00, s31 = s00;
        for (int p = 0; p < k; p++) {
            int ap = a0 + p * aCol;
            int bp = p * 2 * LANES;
            DoubleVector y0 = DoubleVector.fromArray(SPECIES, strip, bp);
            DoubleVector y1 = DoubleVector.fromArray(SPECIES, strip, bp + LANES);
            DoubleVector x = DoubleVector.broadcast(SPECIES, a[ap]);
            s00 = x.fma(y0, s00);
            s01 = x.fma(y1, s01);
            x = DoubleVector.broadcast(SPECIES, a[ap + aRow]);
            s10 = x.fma(y0, s10);
            s11 = x.fma(y1, s11);
            x = DoubleVector.broadcast(SPECIES, a[ap + 2 * aRow]);
            s20 = x.fma(y0, s20);
            s21 = x.fma(y1, s21);
            x = DoubleVector.broadcast(SPECIES, a[ap + 3 * aRow]);
            s30 = x.fma(y0, s30);
            s31 = x.fma(y1, s31);
        }
        s00.mul(scale).intoArray(c, c0);
        s01.mul(scale).intoArray(c, c0 + LANES);
        s10.mul(scale).intoArray(c, c0 + n);
        s11.mul(scale).intoArray(c, c0 + n + LANES);
        s20.mul(scale).intoArray(c, c0 + 2 * n);
        s21.mul(scale).intoArray(c, c0 + 2 * n + LANES);
        s30.mul(scale).intoArray(c, c0 + 3 * n);
        s31.mul(scale).intoArray(c, c0 + 3 * n + LANES);
    }

    /** One row of C at {@code c0}, columns {@code j0 .. n-1}: four vectors at a time, then one, then scalars. */
    private static void axpyRow(
            double[] a, int a0, int aCol, double[] b, double[] c, int c0, int j0, int n, int k, double scale) {
        int j = j0;
        for (; j + 4 * LANES <= n; j += 4 * LANES) {
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = s0, s2 = s0, s3 = s0;
            for (int p = 0; p < k; p++) {
                DoubleVector x = DoubleVector.broadcast(SPECIES, a[a0 + p * aCol]);
                int bp = p * n + j;
                s0 = x.fma(DoubleVector.fromArray(SPECIES, b, bp), s0);
                s1 = x.fma(DoubleVector.fromArray(SPECIES, b, bp + LANES), s1);
                s2 = x.fma(DoubleVector.fromArray(SPECIES, b, bp + 2 * LANES), s2);
                s3 = x.fma(DoubleVector.fromArray(SPECIES, b, bp + 3 * LANES), s3);
            }
            s0.mul(scale).intoArray(c, c0 + j);
            s1.mul(scale).intoArray(c, c0 + j + LANES);
            s2.mul(scale).intoArray(c, c0 + j + 2 * LANES);
            s3.mul(scale).intoArray(c, c0 + j + 3 * LANES);
        }
        for (; j + LANES <= n; j += LANES) {
            DoubleVector s = DoubleVector.zero(SPECIES);
            for (int p = 0; p < k; p++) {
                s = DoubleVector.broadcast(SPECIES, a[a0 + p * aCol])
                        .fma(DoubleVector.fromArray(SPECIES, b, p * n + j), s);
            }
            s.mul(scale).intoArray(c, c0 + j);
        }
        for (; j < n; j++) {
            double sum = 0.0;
            for (int p = 0; p < k; p++) {
                sum += a[a0 + p * aCol] * b[p * n + j];
            }
            c[c0 + j] = scale * sum;
        }
    }
}
