package org.deltanet.engine.math;

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
    public void multiplyTransposedB(double[] a, double[] b, double[] c, int m, int n, int k) {
        for (int i = 0; i < m; i++) {
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
    public void multiply(double[] a, double[] b, double[] c, int m, int n, int k) {
        for (int i = 0; i < m; i++) {
            int cRow = i * n;
            java.util.Arrays.fill(c, cRow, cRow + n, 0.0);
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
    public void multiplyTransposedA(double[] a, double[] b, double[] c, int m, int n, int k,
                                    double scale) {
        java.util.Arrays.fill(c, 0, m * n, 0.0);
        for (int p = 0; p < k; p++) {
            int aRow = p * m;
            int bRow = p * n;
            for (int i = 0; i < m; i++) {
                double api = a[aRow + i] * scale;
                int cRow = i * n;
                for (int j = 0; j < n; j++) {
                    c[cRow + j] += api * b[bRow + j];
                }
            }
        }
    }
}
