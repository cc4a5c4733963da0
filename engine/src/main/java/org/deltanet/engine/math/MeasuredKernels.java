package org.deltanet.engine.math;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The fastest of several double kernels, chosen product shape by product shape by timing them on
 * that shape ({@link MeasuredChoice}: how shapes are timed, chosen, reported and adopted).
 *
 * <p>The band methods ({@code ...Rows}) have no shape to choose by and run the first candidate.
 * Thread-safe: several threads may share one instance.
 */
public final class MeasuredKernels extends MeasuredChoice<MatrixKernels> implements MatrixKernels {

    /**
     * @param candidates   the kernels to choose between, at least one; the first also runs the bands
     * @param budgetMillis time to spend timing one shape (at least three rounds are always run)
     */
    public MeasuredKernels(List<MatrixKernels> candidates, long budgetMillis) {
        super(candidates, budgetMillis);
    }

    @Override
    public void multiplyTransposedB(double[] a, double[] b, double[] c, int m, int n, int k) {
        kernelFor(Kind.FORWARD, m, n, k).multiplyTransposedB(a, b, c, m, n, k);
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int n, int k) {
        kernelFor(Kind.DELTA, m, n, k).multiply(a, b, c, m, n, k);
    }

    @Override
    public void multiplyTransposedA(double[] a, double[] b, double[] c, int m, int n, int k, double scale) {
        kernelFor(Kind.GRADIENT, m, n, k).multiplyTransposedA(a, b, c, m, n, k, scale);
    }

    @Override
    public void multiplyTransposedBRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        candidates().get(0).multiplyTransposedBRows(a, b, c, n, k, from, to);
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        candidates().get(0).multiplyRows(a, b, c, n, k, from, to);
    }

    @Override
    public void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        candidates().get(0).multiplyTransposedARows(a, b, c, m, n, k, scale, from, to);
    }

    @Override
    Consumer<MatrixKernels> product(Shape shape, SplittableRandom random) {
        int m = shape.m();
        int n = shape.n();
        int k = shape.k();
        double[] a = random.doubles((long) m * k, -1, 1).toArray();
        double[] b = random.doubles((long) n * k, -1, 1).toArray();
        double[] c = new double[m * n];
        return switch (shape.kind()) {
            case FORWARD -> kernels -> kernels.multiplyTransposedB(a, b, c, m, n, k);
            case DELTA -> kernels -> kernels.multiply(a, b, c, m, n, k);
            case GRADIENT -> kernels -> kernels.multiplyTransposedA(a, b, c, m, n, k, 0.5);
        };
    }
}
