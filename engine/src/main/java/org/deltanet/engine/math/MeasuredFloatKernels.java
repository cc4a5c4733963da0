package org.deltanet.engine.math;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The fastest of several float kernels, chosen product shape by product shape by timing them on
 * that shape, exactly as {@link MeasuredKernels} chooses the double ones ({@link MeasuredChoice}:
 * how shapes are timed, chosen, reported and adopted), on float operands. Thread-safe.
 */
public final class MeasuredFloatKernels extends MeasuredChoice<FloatKernels> implements FloatKernels {

    /**
     * @param candidates   the kernels to choose between, at least one
     * @param budgetMillis time to spend timing one shape (at least three rounds are always run)
     */
    public MeasuredFloatKernels(List<FloatKernels> candidates, long budgetMillis) {
        super(candidates, budgetMillis);
    }

    @Override
    public void multiplyTransposedB(float[] a, float[] b, float[] c, int m, int n, int k) {
        kernelFor(Kind.FORWARD, m, n, k).multiplyTransposedB(a, b, c, m, n, k);
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int n, int k) {
        kernelFor(Kind.DELTA, m, n, k).multiply(a, b, c, m, n, k);
    }

    @Override
    public void multiplyTransposedA(float[] a, float[] b, float[] c, int m, int n, int k, float scale) {
        kernelFor(Kind.GRADIENT, m, n, k).multiplyTransposedA(a, b, c, m, n, k, scale);
    }

    @Override
    Consumer<FloatKernels> product(Shape shape, SplittableRandom random) {
        int m = shape.m();
        int n = shape.n();
        int k = shape.k();
        float[] a = floats(random, m * k);
        float[] b = floats(random, n * k);
        float[] c = new float[m * n];
        return switch (shape.kind()) {
            case FORWARD -> kernels -> kernels.multiplyTransposedB(a, b, c, m, n, k);
            case DELTA -> kernels -> kernels.multiply(a, b, c, m, n, k);
            case GRADIENT -> kernels -> kernels.multiplyTransposedA(a, b, c, m, n, k, 0.5f);
        };
    }

    private static float[] floats(SplittableRandom random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        return values;
    }
}
