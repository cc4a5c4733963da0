package org.deltanet.engine.math;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float products on the Vector API (sixteen lanes with AVX-512), all through one core,
 * {@code C = scale * A B}: blocks of four rows of C, each step broadcasting four elements of A
 * against one vector of a row of B with fused multiply-adds, the last columns under a mask. The
 * transposed operand of {@code A B^T} and {@code A^T B} is first copied transposed into a
 * per-thread buffer (one pass over it, small beside the product), so that B's rows are contiguous.
 *
 * <p>Needs {@code --add-modules jdk.incubator.vector}; {@link FloatKernels#best()} creates it only
 * when the module is present.
 */
final class VectorFloatKernels implements FloatKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    private static final ThreadLocal<float[][]> TRANSPOSED = ThreadLocal.withInitial(() -> new float[1][0]);

    @Override
    public String name() {
        return "vector-api-float-" + SPECIES.vectorBitSize() + "bit";
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        // B is n x k: its transpose (k x n) makes C = A B^T an A B product
        product(a, transposed(b, n, k), c, m, n, k, 1f);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        product(a, b, c, m, n, k, 1f);
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        // A is k x m: its transpose (m x k) makes C = scale A^T B an A B product
        product(transposed(a, k, m), b, c, m, n, k, scale);
    }

    /** {@code rows x cols} {@code source} transposed into the thread's buffer ({@code cols x rows}). */
    private static float[] transposed(float[] source, int rows, int cols) {
        float[][] holder = TRANSPOSED.get();
        if (holder[0].length < rows * cols) {
            holder[0] = new float[rows * cols];
        }
        float[] t = holder[0];
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            for (int j = 0; j < cols; j++) {
                t[j * rows + r] = source[row + j];
            }
        }
        return t;
    }

    /** {@code C = scale A B}, A {@code m x k}, B {@code k x n}. */
    private static void product(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            for (int j = 0; j < n; j += LANES) {
                VectorMask<Float> in = SPECIES.indexInRange(j, n);
                boolean full = j + LANES <= n;
                FloatVector c0 = FloatVector.zero(SPECIES);
                FloatVector c1 = c0;
                FloatVector c2 = c0;
                FloatVector c3 = c0;
                int a0 = i * k;
                for (int p = 0; p < k; p++) {
                    FloatVector bv = load(b, p * n + j, in, full);
                    c0 = FloatVector.broadcast(SPECIES, a[a0 + p]).fma(bv, c0);
                    c1 = FloatVector.broadcast(SPECIES, a[a0 + k + p]).fma(bv, c1);
                    c2 = FloatVector.broadcast(SPECIES, a[a0 + 2 * k + p]).fma(bv, c2);
                    c3 = FloatVector.broadcast(SPECIES, a[a0 + 3 * k + p]).fma(bv, c3);
                }
                store(c0.mul(scale), c, i * n + j, in, full);
                store(c1.mul(scale), c, (i + 1) * n + j, in, full);
                store(c2.mul(scale), c, (i + 2) * n + j, in, full);
                store(c3.mul(scale), c, (i + 3) * n + j, in, full);
            }
        }
        for (; i < m; i++) {
            for (int j = 0; j < n; j += LANES) {
                VectorMask<Float> in = SPECIES.indexInRange(j, n);
                boolean full = j + LANES <= n;
                FloatVector sum = FloatVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    sum = FloatVector.broadcast(SPECIES, a[i * k + p]).fma(load(b, p * n + j, in, full), sum);
                }
                store(sum.mul(scale), c, i * n + j, in, full);
            }
        }
    }

    /** A whole vector where it fits (the loop-invariant test is hoisted by the JIT), else under the mask. */
    private static FloatVector load(float[] b, int offset, VectorMask<Float> in, boolean full) {
        return full ? FloatVector.fromArray(SPECIES, b, offset) : FloatVector.fromArray(SPECIES, b, offset, in);
    }

    private static void store(FloatVector v, float[] c, int offset, VectorMask<Float> in, boolean full) {
        if (full) {
            v.intoArray(c, offset);
        } else {
            v.intoArray(c, offset, in);
        }
    }
}
