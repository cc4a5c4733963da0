package org.deltanet.engine.math;

/**
 * The float products in plain loops, summed in double: the reference the others are checked
 * against ({@code FloatKernelAgreementTest}), and what runs without the Vector API or OpenBLAS.
 */
final class PlainFloatKernels implements FloatKernels {

    @Override
    public String name() {
        return "plain-java-float";
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += (double) a[i * k + p] * b[j * k + p];
                }
                c[i * n + j] = (float) sum;
            }
        }
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += (double) a[i * k + p] * b[p * n + j];
                }
                c[i * n + j] = (float) sum;
            }
        }
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                for (int p = 0; p < k; p++) {
                    sum += (double) a[p * m + i] * b[p * n + j];
                }
                c[i * n + j] = (float) (scale * sum);
            }
        }
    }
}
