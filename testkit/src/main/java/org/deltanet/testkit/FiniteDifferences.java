package org.deltanet.testkit;

import java.util.function.ToDoubleFunction;

/**
 * Central finite differences in double precision: the numeric reference for gradient checks.
 *
 * <p>{@code df/dx_i ~ (f(x + h e_i) - f(x - h e_i)) / (2h)} with {@code h = 1e-6 * max(1, |x_i|)};
 * the division uses the step actually represented in double precision. The truncation error is
 * O(h^2 f''') and the rounding error about {@code 1e-16 * |f| / h}, both far below
 * {@link Tolerance} for the smooth functions of moderate size that the test kit generates.
 *
 * <p>Example (gradient of a loss with respect to the network outputs):
 * <pre>{@code
 * double numeric = FiniteDifferences.partial(o -> loss.value(o, y, rows, cols), outputs, i);
 * }</pre>
 */
public final class FiniteDifferences {

    /** The relative step: x_i moves by {@code STEP * max(1, |x_i|)} either way. */
    public static final double STEP = 1e-6;

    private FiniteDifferences() {}

    /**
     * The partial derivative of {@code f} at {@code x} along element {@code index}.
     *
     * @param f     evaluated twice, on {@code x} with element {@code index} moved up and down
     * @param x     the point; element {@code index} is restored before returning, even on failure
     * @param index which element to differentiate by
     */
    public static double partial(ToDoubleFunction<double[]> f, double[] x, int index) {
        double original = x[index];
        double step = STEP * Math.max(1.0, Math.abs(original));
        double up = original + step;
        double down = original - step;
        try {
            x[index] = up;
            double above = f.applyAsDouble(x);
            x[index] = down;
            double below = f.applyAsDouble(x);
            return (above - below) / (up - down);
        } finally {
            x[index] = original;
        }
    }
}
