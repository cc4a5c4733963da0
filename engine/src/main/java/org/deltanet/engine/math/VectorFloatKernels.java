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
 * whole vector, and a block that reaches past C's last column is stored through a per-thread
 * vector of scratch. No masks: on JDK 17 a masked load or store that is not all-true runs element
 * by element and allocates.
 *
 * <p>Needs {@code --add-modules jdk.incubator.vector}; {@link Kernels#bestFloat()} creates it only
 * when the module is present.
 */
final class VectorFloatKernels implements FloatKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    /** Per thread: [0] B padded (or transposed and padded), [1] one vector of scratch. */
    private static final ThreadLocal<float[][]> BUFFERS =
            ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[LANES]});

    @Override
    public String name() {
        return "vector-api-float-" + SPECIES.vectorBitSize() + "bit";
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        // B is n x k: its transpose (k x n) makes C = A B^T an A B product
        float[][] buffers = BUFFERS.get();
        int stride = padded(n);
        product(a, k, 1, transposed(buffers, b, n, k, stride), stride, c, m, n, k, 1f, buffers[1]);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        float[][] buffers = BUFFERS.get();
        int stride = padded(n);
        float[] rows = stride == n ? b : padded(buffers, b, k, n, stride);
        product(a, k, 1, rows, stride, c, m, n, k, 1f, buffers[1]);
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        // A is k x m: element (i, p) of A^T stands at a[p * m + i], read strided
        float[][] buffers = BUFFERS.get();
        int stride = padded(n);
        float[] rows = stride == n ? b : padded(buffers, b, k, n, stride);
        product(a, 1, m, rows, stride, c, m, n, k, scale, buffers[1]);
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
     * {@code m x n}.
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
            float[] scratch) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int a0 = i * rowStep;
            int a1 = a0 + rowStep;
            int a2 = a1 + rowStep;
            int a3 = a2 + rowStep;
            int j = 0;
            for (; j + 2 * LANES <= stride; j += 2 * LANES) {
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
                store(c00.mul(scale), c, i * n, j, n, scratch);
                store(c01.mul(scale), c, i * n, j + LANES, n, scratch);
                store(c10.mul(scale), c, (i + 1) * n, j, n, scratch);
                store(c11.mul(scale), c, (i + 1) * n, j + LANES, n, scratch);
                store(c20.mul(scale), c, (i + 2) * n, j, n, scratch);
                store(c21.mul(scale), c, (i + 2) * n, j + LANES, n, scratch);
                store(c30.mul(scale), c, (i + 3) * n, j, n, scratch);
                store(c31.mul(scale), c, (i + 3) * n, j + LANES, n, scratch);
            }
            for (; j < stride; j += LANES) {
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
                store(c0.mul(scale), c, i * n, j, n, scratch);
                store(c1.mul(scale), c, (i + 1) * n, j, n, scratch);
                store(c2.mul(scale), c, (i + 2) * n, j, n, scratch);
                store(c3.mul(scale), c, (i + 3) * n, j, n, scratch);
            }
        }
        for (; i < m; i++) {
            int a0 = i * rowStep;
            for (int j = 0; j < stride; j += LANES) {
                FloatVector sum = FloatVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    sum = FloatVector.broadcast(SPECIES, a[a0 + p * colStep])
                            .fma(FloatVector.fromArray(SPECIES, b, p * stride + j), sum);
                }
                store(sum.mul(scale), c, i * n, j, n, scratch);
            }
        }
    }

    /** Columns {@code j ..} of the row of C at {@code row}: the whole vector where it fits, else its first lanes. */
    private static void store(FloatVector v, float[] c, int row, int j, int n, float[] scratch) {
        if (j + LANES <= n) {
            v.intoArray(c, row + j);
        } else if (j < n) {
            v.intoArray(scratch, 0);
            System.arraycopy(scratch, 0, c, row + j, n - j);
        }
    }
}
