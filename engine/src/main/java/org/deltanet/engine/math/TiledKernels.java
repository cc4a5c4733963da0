package org.deltanet.engine.math;

/**
 * Register-tiled pure Java: each 4 x 4 block of C is summed in sixteen local variables over the
 * whole inner dimension, so every loaded element of A and B serves four multiply-adds instead of
 * one, and the sixteen independent sums keep the processor's adders busy. Rows left over below a
 * multiple of four run as 1 x 4 tiles, columns left over as single dot products.
 *
 * <p>The three products share one core over strided operands: {@code C(i, j) = scale * sum_p
 * A(i, p) B(p, j)} with {@code A(i, p) = a[i * aRow + p * aCol]} and {@code B(p, j) = b[p * bRow
 * + j * bCol]}, so the transposes cost nothing. C2 (JDK 17) does not vectorize such reductions;
 * this is the portable path where the Vector API is missing ({@link VectorKernels} is 5-13 times
 * faster), and 1.2 to 3 times as fast as {@link PlainKernels} (measured in {@code bench/}).
 */
public final class TiledKernels implements MatrixKernels {

    private static final int TILE = 4;

    @Override
    public String name() {
        return "tiled-java";
    }

    @Override
    public void multiplyTransposedBRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        product(a, k, 1, b, 1, k, c, n, k, 1.0, from, to);
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        product(a, k, 1, b, n, 1, c, n, k, 1.0, from, to);
    }

    @Override
    public void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        product(a, 1, m, b, n, 1, c, n, k, scale, from, to);
    }

    /** Rows {@code from .. to-1} of {@code C = scale * A B} for strided A and B. */
    private static void product(
            double[] a,
            int aRow,
            int aCol,
            double[] b,
            int bRow,
            int bCol,
            double[] c,
            int n,
            int k,
            double scale,
            int from,
            int to) {
        int i = from;
        for (; i + TILE <= to; i += TILE) {
            int j = 0;
            for (; j + TILE <= n; j += TILE) {
                tile4x4(a, i * aRow, aRow, aCol, b, j * bCol, bRow, bCol, c, i * n + j, n, k, scale);
            }
            for (; j < n; j++) {
                for (int r = i; r < i + TILE; r++) {
                    c[r * n + j] = scale * dot(a, r * aRow, aCol, b, j * bCol, bRow, k);
                }
            }
        }
        for (; i < to; i++) {
            int j = 0;
            for (; j + TILE <= n; j += TILE) {
                tile1x4(a, i * aRow, aCol, b, j * bCol, bRow, bCol, c, i * n + j, k, scale);
            }
            for (; j < n; j++) {
                c[i * n + j] = scale * dot(a, i * aRow, aCol, b, j * bCol, bRow, k);
            }
        }
    }

    private static void tile4x4(
            double[] a,
            int a0,
            int aRow,
            int aCol,
            double[] b,
            int b0,
            int bRow,
            int bCol,
            double[] c,
            int c0,
            int n,
            int k,
            double scale) {
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        double s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int p = 0; p < k; p++) {
            int ap = a0 + p * aCol;
            int bp = b0 + p * bRow;
            double x0 = a[ap];
            double x1 = a[ap + aRow];
            double x2 = a[ap + 2 * aRow];
            double x3 = a[ap + 3 * aRow];
            double y0 = b[bp];
            double y1 = b[bp + bCol];
            double y2 = b[bp + 2 * bCol];
            double y3 = b[bp + 3 * bCol];
            s00 += x0 * y0;
            s01 += x0 * y1;
            s02 += x0 * y2;
            s03 += x0 * y3;
            s10 += x1 * y0;
            s11 += x1 * y1;
            s12 += x1 * y2;
            s13 += x1 * y3;
            s20 += x2 * y0;
            s21 += x2 * y1;
            s22 += x2 * y2;
            s23 += x2 * y3;
            s30 += x3 * y0;
            s31 += x3 * y1;
            s32 += x3 * y2;
            s33 += x3 * y3;
        }
        store4(c, c0, scale, s00, s01, s02, s03);
        store4(c, c0 + n, scale, s10, s11, s12, s13);
        store4(c, c0 + 2 * n, scale, s20, s21, s22, s23);
        store4(c, c0 + 3 * n, scale, s30, s31, s32, s33);
    }

    private static void tile1x4(
            double[] a,
            int a0,
            int aCol,
            double[] b,
            int b0,
            int bRow,
            int bCol,
            double[] c,
            int c0,
            int k,
            double scale) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int p = 0; p < k; p++) {
            double x = a[a0 + p * aCol];
            int bp = b0 + p * bRow;
            s0 += x * b[bp];
            s1 += x * b[bp + bCol];
            s2 += x * b[bp + 2 * bCol];
            s3 += x * b[bp + 3 * bCol];
        }
        store4(c, c0, scale, s0, s1, s2, s3);
    }

    private static double dot(double[] a, int a0, int aCol, double[] b, int b0, int bRow, int k) {
        double sum = 0.0;
        for (int p = 0; p < k; p++) {
            sum += a[a0 + p * aCol] * b[b0 + p * bRow];
        }
        return sum;
    }

    private static void store4(double[] c, int at, double scale, double v0, double v1, double v2, double v3) {
        c[at] = scale * v0;
        c[at + 1] = scale * v1;
        c[at + 2] = scale * v2;
        c[at + 3] = scale * v3;
    }
}
