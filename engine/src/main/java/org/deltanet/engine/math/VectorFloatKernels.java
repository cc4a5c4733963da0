package org.deltanet.engine.math;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float products on the Vector API (sixteen lanes with AVX-512), all through one core,
 * {@code C = scale * A B}: blocks of four rows by two vectors of C in eight vector sums, each step
 * broadcasting four elements of A against two vectors of a row of B with fused multiply-adds. B is
 * first copied into a per-thread buffer whose rows are padded with zeros to a whole number of
 * vectors (transposed, for the transposed operand of {@code A B^T}; {@code A^T B}'s A is
 * read strided, one broadcast element at a time), one pass over it, small beside the product; so every load is a
 * whole vector; C's rows are likewise padded (in a second per-thread buffer, copied into C
 * afterwards) unless its columns are a whole number of vectors, so every store is too. No masks: on JDK 17 a masked load or store that is not all-true runs element
 * by element and allocates.
 *
 * <p>Needs {@code --add-modules jdk.incubator.vector}; {@link Kernels#bestFloat()} creates it only
 * when the module is present.
 */
final class VectorFloatKernels implements FloatKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    /** Per thread: [0] B padded (or transposed and padded), [1] C with rows padded to whole vectors. */
    private static final ThreadLocal<float[][]> BUFFERS =
            ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0]});

    @Override
    public String name() {
        return "vector-api-float-" + SPECIES.vectorBitSize() + "bit";
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        // B is n x k: its transpose (k x n) makes C = A B^T an A B product
        float[][] buffers = BUFFERS.get();
        int stride = padded(n);
        product(a, k, 1, transposed(buffers, b, n, k, stride), stride, c, m, n, k, 1f, buffers);
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
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int j = 0;
            for (; j + 2 * LANES <= stride; j += 2 * LANES) {
                fourRowsTwoVectors(a, i, rowStep, colStep, b, stride, out, k, scale, j);
            }
            for (; j < stride; j += LANES) {
                fourRowsOneVector(a, i, rowStep, colStep, b, stride, out, k, scale, j);
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < stride; j += LANES) {
                oneRowOneVector(a, i, rowStep, colStep, b, stride, out, k, scale, j);
            }
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

    /** Rows {@code i .. i+3} of C, columns {@code j .. j + 2 LANES - 1}. */
    private static void fourRowsTwoVectors(
            float[] a, int i, int rowStep, int colStep, float[] b, int stride, float[] out, int k, float scale, int j) {
        int a0 = i * rowStep;
        int a1 = a0 + rowStep;
        int a2 = a1 + rowStep;
        int a3 = a2 + rowStep;
        FloatVector c00 = FloatVector.zero(SPECIES);
        FloatVector c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
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
        }
        c00.mul(scale).intoArray(out, i * stride + j);
        c01.mul(scale).intoArray(out, i * stride + j + LANES);
        c10.mul(scale).intoArray(out, (i + 1) * stride + j);
        c11.mul(scale).intoArray(out, (i + 1) * stride + j + LANES);
        c20.mul(scale).intoArray(out, (i + 2) * stride + j);
        c21.mul(scale).intoArray(out, (i + 2) * stride + j + LANES);
        c30.mul(scale).intoArray(out, (i + 3) * stride + j);
        c31.mul(scale).intoArray(out, (i + 3) * stride + j + LANES);
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
