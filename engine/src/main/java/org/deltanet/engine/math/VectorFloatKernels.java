package org.deltanet.engine.math;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float products on the Vector API (sixteen lanes with AVX-512).
 * <ul>
 *   <li>{@code A B^T} (forward): dot products along the shared contiguous dimension, 4 rows of A
 *       against 4 rows of B in sixteen vector sums reduced across lanes once per tile, A in blocks
 *       of 256 KB that stay in the cache while every row of B passes once per block. (Transposing
 *       B first, as below, cost more than the product where A has few rows: 32x2048x784 ran at 9
 *       GFLOP/s, now above 100.) Below one vector of inner dimension it goes the way of the other
 *       two. Where A has exactly two vectors of rows (32 with AVX-512, a common batch), the
 *       reductions would cost as much as the sums at a small inner dimension; there {@code C^T = B
 *       A^T} goes the way of the other two, on A transposed (small, since A has few rows), and C^T
 *       is transposed back (32x256x256: 86 GFLOP/s by dot products, 136 this way).</li>
 *   <li>{@code A B} and {@code scale A^T B} (delta rule, gradient): panels of two vectors of C's
 *       columns, each the whole height of C, so that the panel of B they read (k rows of two
 *       vectors) stays in the cache while every row of A passes over it; within a panel, blocks of
 *       eight rows in sixteen vector sums, each step broadcasting eight elements of A against two
 *       vectors of a row of B with fused multiply-adds (32x256x256: 97 GFLOP/s with blocks of four
 *       rows and every panel per block of A, 169 now); the rows left over by fours, then one by
 *       one, a vector at a time. B is first copied into a per-thread buffer whose rows are padded
 *       with zeros to a whole number of vectors ({@code A^T B}'s A is read strided, one broadcast
 *       element at a time), so every load is a whole vector; C's rows are likewise padded (in a
 *       second per-thread buffer, copied into C afterwards) unless its columns are a whole number
 *       of vectors, so every store is too.</li>
 * </ul>
 * No masks: on JDK 17 a masked load or store that is not all-true runs element by element and
 * allocates.
 *
 * <p>Needs {@code --add-modules jdk.incubator.vector}; {@link Kernels#bestFloat()} creates it only
 * when the module is present.
 */
final class VectorFloatKernels implements FloatKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final int TILE = 4;
    /**
     * Floats of A that {@code A B^T} keeps in the cache (256 KB) while every row of B passes over
     * them: 80 rows of 784 inputs.
     */
    private static final int A_BLOCK_FLOATS = 1 << 16;

    /**
     * Per thread: [0] B padded (or transposed and padded, or A transposed), [1] C with rows padded
     * to whole vectors, [2] C transposed.
     */
    private static final ThreadLocal<float[][]> BUFFERS =
            ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0], new float[0]});

    @Override
    public String name() {
        return "vector-api-float-" + SPECIES.vectorBitSize() + "bit";
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        if (k < LANES) {
            // B is n x k: its transpose (k x n), a few columns long, makes C = A B^T an A B product
            float[][] buffers = BUFFERS.get();
            int stride = padded(n);
            product(a, k, 1, transposed(buffers, b, n, k, stride), stride, c, m, n, k, 1f, buffers);
            return;
        }
        if (m == 2 * LANES) {
            // A's rows fill exactly one panel of two vectors: C^T = B A^T in the tiles below, A
            // transposed into a buffer and C^T transposed back; no reduction across lanes
            float[][] buffers = BUFFERS.get();
            float[] transposedC = buffer(buffers, 2, n * m);
            product(b, k, 1, transposed(buffers, a, m, k, m), m, transposedC, n, m, k, 1f, buffers);
            for (int i = 0; i < m; i++) {
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    c[row + j] = transposedC[j * m + i];
                }
            }
            return;
        }
        // rows of A and of B are both contiguous along k: dot products, A in blocks that stay in
        // the cache while every row of B passes once per block
        int block = Math.max(TILE, A_BLOCK_FLOATS / k / TILE * TILE);
        for (int i0 = 0; i0 < m; i0 += block) {
            int i1 = Math.min(m, i0 + block);
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

    /** C(i, j) = A_i . B_j for i in [i0, i0 + 4), j in [j0, j0 + 4): sixteen vector sums, reduced once. */
    private static void dot4x4(float[] a, float[] b, float[] c, int i0, int j0, int n, int k) {
        int a0 = i0 * k;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        int b0 = j0 * k;
        int b1 = b0 + k;
        int b2 = b1 + k;
        int b3 = b2 + k;
        FloatVector s00 = FloatVector.zero(SPECIES);
        FloatVector s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        FloatVector s20 = s00, s21 = s00, s22 = s00, s23 = s00, s30 = s00, s31 = s00, s32 = s00, s33 = s00;
        int bound = SPECIES.loopBound(k);
        for (int p = 0; p < bound; p += LANES) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, a, a0 + p);
            FloatVector x1 = FloatVector.fromArray(SPECIES, a, a1 + p);
            FloatVector x2 = FloatVector.fromArray(SPECIES, a, a2 + p);
            FloatVector x3 = FloatVector.fromArray(SPECIES, a, a3 + p);
            FloatVector y0 = FloatVector.fromArray(SPECIES, b, b0 + p);
            FloatVector y1 = FloatVector.fromArray(SPECIES, b, b1 + p);
            FloatVector y2 = FloatVector.fromArray(SPECIES, b, b2 + p);
            FloatVector y3 = FloatVector.fromArray(SPECIES, b, b3 + p);
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
        int c1 = c0 + n;
        int c2 = c1 + n;
        int c3 = c2 + n;
        c[c0] = s00.reduceLanes(VectorOperators.ADD);
        c[c0 + 1] = s01.reduceLanes(VectorOperators.ADD);
        c[c0 + 2] = s02.reduceLanes(VectorOperators.ADD);
        c[c0 + 3] = s03.reduceLanes(VectorOperators.ADD);
        c[c1] = s10.reduceLanes(VectorOperators.ADD);
        c[c1 + 1] = s11.reduceLanes(VectorOperators.ADD);
        c[c1 + 2] = s12.reduceLanes(VectorOperators.ADD);
        c[c1 + 3] = s13.reduceLanes(VectorOperators.ADD);
        c[c2] = s20.reduceLanes(VectorOperators.ADD);
        c[c2 + 1] = s21.reduceLanes(VectorOperators.ADD);
        c[c2 + 2] = s22.reduceLanes(VectorOperators.ADD);
        c[c2 + 3] = s23.reduceLanes(VectorOperators.ADD);
        c[c3] = s30.reduceLanes(VectorOperators.ADD);
        c[c3 + 1] = s31.reduceLanes(VectorOperators.ADD);
        c[c3 + 2] = s32.reduceLanes(VectorOperators.ADD);
        c[c3 + 3] = s33.reduceLanes(VectorOperators.ADD);
        for (int p = bound; p < k; p++) {
            for (int r = 0; r < TILE; r++) {
                float x = a[a0 + r * k + p];
                for (int q = 0; q < TILE; q++) {
                    c[c0 + r * n + q] += x * b[b0 + q * k + p];
                }
            }
        }
    }

    /** C(i, j) = A_i . B_j for j in [j0, j0 + 4). */
    private static void dot1x4(float[] a, float[] b, float[] c, int i, int j0, int n, int k) {
        int a0 = i * k;
        int b0 = j0 * k;
        int b1 = b0 + k;
        int b2 = b1 + k;
        int b3 = b2 + k;
        FloatVector s0 = FloatVector.zero(SPECIES);
        FloatVector s1 = s0, s2 = s0, s3 = s0;
        int bound = SPECIES.loopBound(k);
        for (int p = 0; p < bound; p += LANES) {
            FloatVector x = FloatVector.fromArray(SPECIES, a, a0 + p);
            s0 = x.fma(FloatVector.fromArray(SPECIES, b, b0 + p), s0);
            s1 = x.fma(FloatVector.fromArray(SPECIES, b, b1 + p), s1);
            s2 = x.fma(FloatVector.fromArray(SPECIES, b, b2 + p), s2);
            s3 = x.fma(FloatVector.fromArray(SPECIES, b, b3 + p), s3);
        }
        int c0 = i * n + j0;
        c[c0] = s0.reduceLanes(VectorOperators.ADD);
        c[c0 + 1] = s1.reduceLanes(VectorOperators.ADD);
        c[c0 + 2] = s2.reduceLanes(VectorOperators.ADD);
        c[c0 + 3] = s3.reduceLanes(VectorOperators.ADD);
        for (int p = bound; p < k; p++) {
            float x = a[a0 + p];
            for (int q = 0; q < TILE; q++) {
                c[c0 + q] += x * b[b0 + q * k + p];
            }
        }
    }

    /** A_i . B_j, the rows starting at {@code a0} and {@code b0}. */
    private static float dot(float[] a, int a0, float[] b, int b0, int k) {
        FloatVector sum = FloatVector.zero(SPECIES);
        int bound = SPECIES.loopBound(k);
        for (int p = 0; p < bound; p += LANES) {
            sum = FloatVector.fromArray(SPECIES, a, a0 + p).fma(FloatVector.fromArray(SPECIES, b, b0 + p), sum);
        }
        float result = sum.reduceLanes(VectorOperators.ADD);
        for (int p = bound; p < k; p++) {
            result += a[a0 + p] * b[b0 + p];
        }
        return result;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        float[][] buffers = BUFFERS.get();
        int stride = padded(n);
        float[] rows = stride == n ? b : padded(buffers, b, k, n, stride);
        product(a, k, 1, rows, stride, c, m, n, k, 1f, buffers);
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        // A is k x m: element (i, p) of A^T stands at a[p * m + i], read strided
        float[][] buffers = BUFFERS.get();
        int stride = padded(n);
        float[] rows = stride == n ? b : padded(buffers, b, k, n, stride);
        product(a, 1, m, rows, stride, c, m, n, k, scale, buffers);
    }

    private static int padded(int n) {
        return (n + LANES - 1) / LANES * LANES;
    }

    /** {@code rows x cols} {@code source} into a buffer, rows padded with zeros to {@code stride}. */
    private static float[] padded(float[][] buffers, float[] source, int rows, int cols, int stride) {
        float[] t = buffer(buffers, 0, rows * stride);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(source, r * cols, t, r * stride, cols);
            Arrays.fill(t, r * stride + cols, (r + 1) * stride, 0f);
        }
        return t;
    }

    private static float[] buffer(float[][] buffers, int which, int length) {
        if (buffers[which].length < length) {
            buffers[which] = new float[length];
        }
        return buffers[which];
    }

    /** {@code rows x cols} {@code source} transposed ({@code cols x rows}) into a buffer, rows padded to {@code stride}. */
    private static float[] transposed(float[][] buffers, float[] source, int rows, int cols, int stride) {
        float[] t = buffer(buffers, 0, cols * stride);
        for (int j = 0; j < cols; j++) {
            Arrays.fill(t, j * stride + rows, (j + 1) * stride, 0f);
        }
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            for (int j = 0; j < cols; j++) {
                t[j * stride + r] = source[row + j];
            }
        }
        return t;
    }

    /**
     * {@code C = scale A B}: element (i, p) of A at {@code a[i * rowStep + p * colStep]}, B
     * {@code k x n} in rows of {@code stride} (a whole number of vectors, zero-padded), C
     * {@code m x n}. The tiles store whole vectors into rows of {@code stride}: C itself when n is a
     * whole number of vectors, else a buffer whose rows are then copied into C.
     */
    private static void product(
            float[] a,
            int rowStep,
            int colStep,
            float[] b,
            int stride,
            float[] c,
            int m,
            int n,
            int k,
            float scale,
            float[][] buffers) {
        float[] out = stride == n ? c : buffer(buffers, 1, m * stride);
        int j = 0;
        for (; j + 2 * LANES <= stride; j += 2 * LANES) {
            int i = 0;
            for (; i + 8 <= m; i += 8) {
                eightRowsTwoVectors(a, i, rowStep, colStep, b, stride, out, k, scale, j);
            }
            oneVector(a, i, m, rowStep, colStep, b, stride, out, k, scale, j);
            oneVector(a, i, m, rowStep, colStep, b, stride, out, k, scale, j + LANES);
        }
        for (; j < stride; j += LANES) {
            oneVector(a, 0, m, rowStep, colStep, b, stride, out, k, scale, j);
        }
        if (out != c) {
            for (int row = 0; row < m; row++) {
                System.arraycopy(out, row * stride, c, row * n, n);
            }
        }
    }

    // No vector is passed to a method: where the JIT does not inline the callee, a vector argument
    // is boxed, which allocated 48 KB per step (network B, batch 32) when tiles stored through a
    // helper that wrote partial vectors. Tiles now store whole vectors into rows of `stride`.

    /** Rows {@code i .. i+7} of C, columns {@code j .. j + 2 LANES - 1}. */
    private static void eightRowsTwoVectors(
            float[] a, int i, int rowStep, int colStep, float[] b, int stride, float[] out, int k, float scale, int j) {
        int a0 = i * rowStep;
        int a1 = a0 + rowStep;
        int a2 = a1 + rowStep;
        int a3 = a2 + rowStep;
        int a4 = a3 + rowStep;
        int a5 = a4 + rowStep;
        int a6 = a5 + rowStep;
        int a7 = a6 + rowStep;
        FloatVector c00 = FloatVector.zero(SPECIES);
        FloatVector c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        FloatVector c40 = c00, c41 = c00, c50 = c00, c51 = c00, c60 = c00, c61 = c00, c70 = c00, c71 = c00;
        for (int p = 0; p < k; p++) {
            int row = p * stride + j;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, row);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, row + LANES);
            int at = p * colStep;
            FloatVector x = FloatVector.broadcast(SPECIES, a[a0 + at]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(SPECIES, a[a1 + at]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(SPECIES, a[a2 + at]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(SPECIES, a[a3 + at]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(SPECIES, a[a4 + at]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(SPECIES, a[a5 + at]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(SPECIES, a[a6 + at]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(SPECIES, a[a7 + at]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.mul(scale).intoArray(out, i * stride + j);
        c01.mul(scale).intoArray(out, i * stride + j + LANES);
        c10.mul(scale).intoArray(out, (i + 1) * stride + j);
        c11.mul(scale).intoArray(out, (i + 1) * stride + j + LANES);
        c20.mul(scale).intoArray(out, (i + 2) * stride + j);
        c21.mul(scale).intoArray(out, (i + 2) * stride + j + LANES);
        c30.mul(scale).intoArray(out, (i + 3) * stride + j);
        c31.mul(scale).intoArray(out, (i + 3) * stride + j + LANES);
        c40.mul(scale).intoArray(out, (i + 4) * stride + j);
        c41.mul(scale).intoArray(out, (i + 4) * stride + j + LANES);
        c50.mul(scale).intoArray(out, (i + 5) * stride + j);
        c51.mul(scale).intoArray(out, (i + 5) * stride + j + LANES);
        c60.mul(scale).intoArray(out, (i + 6) * stride + j);
        c61.mul(scale).intoArray(out, (i + 6) * stride + j + LANES);
        c70.mul(scale).intoArray(out, (i + 7) * stride + j);
        c71.mul(scale).intoArray(out, (i + 7) * stride + j + LANES);
    }

    /** Rows {@code from .. m-1} of C, columns {@code j .. j + LANES - 1}: by fours, then one by one. */
    private static void oneVector(
            float[] a,
            int from,
            int m,
            int rowStep,
            int colStep,
            float[] b,
            int stride,
            float[] out,
            int k,
            float scale,
            int j) {
        int i = from;
        for (; i + 4 <= m; i += 4) {
            fourRowsOneVector(a, i, rowStep, colStep, b, stride, out, k, scale, j);
        }
        for (; i < m; i++) {
            oneRowOneVector(a, i, rowStep, colStep, b, stride, out, k, scale, j);
        }
    }

    /** Rows {@code i .. i+3} of C, columns {@code j .. j + LANES - 1}. */
    private static void fourRowsOneVector(
            float[] a, int i, int rowStep, int colStep, float[] b, int stride, float[] out, int k, float scale, int j) {
        int a0 = i * rowStep;
        int a1 = a0 + rowStep;
        int a2 = a1 + rowStep;
        int a3 = a2 + rowStep;
        FloatVector c0 = FloatVector.zero(SPECIES);
        FloatVector c1 = c0, c2 = c0, c3 = c0;
        for (int p = 0; p < k; p++) {
            FloatVector bv = FloatVector.fromArray(SPECIES, b, p * stride + j);
            int at = p * colStep;
            c0 = FloatVector.broadcast(SPECIES, a[a0 + at]).fma(bv, c0);
            c1 = FloatVector.broadcast(SPECIES, a[a1 + at]).fma(bv, c1);
            c2 = FloatVector.broadcast(SPECIES, a[a2 + at]).fma(bv, c2);
            c3 = FloatVector.broadcast(SPECIES, a[a3 + at]).fma(bv, c3);
        }
        c0.mul(scale).intoArray(out, i * stride + j);
        c1.mul(scale).intoArray(out, (i + 1) * stride + j);
        c2.mul(scale).intoArray(out, (i + 2) * stride + j);
        c3.mul(scale).intoArray(out, (i + 3) * stride + j);
    }

    /** Row {@code i} of C, columns {@code j .. j + LANES - 1}. */
    private static void oneRowOneVector(
            float[] a, int i, int rowStep, int colStep, float[] b, int stride, float[] out, int k, float scale, int j) {
        int a0 = i * rowStep;
        FloatVector sum = FloatVector.zero(SPECIES);
        for (int p = 0; p < k; p++) {
            sum = FloatVector.broadcast(SPECIES, a[a0 + p * colStep])
                    .fma(FloatVector.fromArray(SPECIES, b, p * stride + j), sum);
        }
        sum.mul(scale).intoArray(out, i * stride + j);
    }
}
