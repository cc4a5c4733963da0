package org.deltanet.engine.math;

import java.util.Arrays;

/**
 * Straightforward loops ordered so that the innermost loop runs along contiguous rows; the
 * reference every faster kernel is tested against.
 */
public final class PlainKernels implements MatrixKernels {

    @Override
    public String name() {
        return "plain-java";
    }

    @Override
    public void multiplyTransposedBRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        for (int i = from; i < to; i++) {
            int aRow = i * k;
            for (int j = 0; j < n; j++) {
                int bRow = j * k;
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += a[aRow + p] * b[bRow + p];
                }
                c[i * n + j] = sum;
            }
        }
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        for (int i = from; i < to; i++) {
            int cRow = i * n;
            Arrays.fill(c, cRow, cRow + n, 0.0);
            for (int p = 0; p < k; p++) {
                double aip = a[i * k + p];
                int bRow = p * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += aip * b[bRow + j];
                }
            }
        }
    }

    @Override
    public void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        Arrays.fill(c, from * n, to * n, 0.0);
        for (int p = 0; p < k; p++) {
            int aRow = p * m;
            int bRow = p * n;
            for (int i = from; i < to; i++) {
                double api = a[aRow + i] * scale;
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += api * b[bRow + j];
                }
            }
        }
    }
}
