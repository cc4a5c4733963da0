package org.deltanet.api;

/**
 * The converting defaults of the SPI's {@code float[]} methods (runs with {@code precision:
 * float32}): each widens its {@code float[]} arguments into {@code double[]} scratch arrays, calls
 * the plugin's {@code double[]} method and rounds the results back. A plugin written against the
 * double-precision SPI therefore runs unchanged in a float32 run; it pays one pass over its arrays
 * each way. Built-ins override the {@code float[]} methods with float code instead.
 *
 * <p>The scratch arrays belong to the calling thread, grow to the largest request and are reused:
 * after the first step nothing is allocated. Callers need not use this class themselves.
 */
public final class Float32Bridge {

    private static final int SLOTS = 4;
    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[SLOTS][0]);

    private Float32Bridge() {}

    /** {@link Activation#forward(double[], double[], int, int)} on widened copies. */
    public static void forward(Activation activation, float[] z, float[] a, int rows, int cols) {
        int n = rows * cols;
        double[][] s = scratch(n);
        activation.forward(widen(z, s[0], n), s[1], rows, cols);
        round(s[1], a, n);
    }

    /** {@link Activation#backward(double[], double[], double[], double[], int, int)} on widened copies. */
    public static void backward(
            Activation activation, float[] z, float[] a, float[] gradA, float[] gradZ, int rows, int cols) {
        int n = rows * cols;
        double[][] s = scratch(n);
        activation.backward(widen(z, s[0], n), widen(a, s[1], n), widen(gradA, s[2], n), s[3], rows, cols);
        round(s[3], gradZ, n);
    }

    /** {@link Loss#value(double[], double[], int, int)} on widened copies. */
    public static double value(Loss loss, float[] output, float[] target, int rows, int cols) {
        int n = rows * cols;
        double[][] s = scratch(n);
        return loss.value(widen(output, s[0], n), widen(target, s[1], n), rows, cols);
    }

    /** {@link Loss#gradient(double[], double[], double[], int, int)} on widened copies. */
    public static void gradient(Loss loss, float[] output, float[] target, float[] gradient, int rows, int cols) {
        int n = rows * cols;
        double[][] s = scratch(n);
        loss.gradient(widen(output, s[0], n), widen(target, s[1], n), s[2], rows, cols);
        round(s[2], gradient, n);
    }

    /** {@link OutputShortcut#delta(double[], double[], double[], double[], int, int)} on widened copies. */
    public static void delta(
            OutputShortcut shortcut, float[] z, float[] a, float[] target, float[] delta, int rows, int cols) {
        int n = rows * cols;
        double[][] s = scratch(n);
        shortcut.delta(widen(z, s[0], n), widen(a, s[1], n), widen(target, s[2], n), s[3], rows, cols);
        round(s[3], delta, n);
    }

    /** {@link OutputShortcut#value(double[], double[], double[], int, int)} on widened copies. */
    public static double value(OutputShortcut shortcut, float[] z, float[] a, float[] target, int rows, int cols) {
        int n = rows * cols;
        double[][] s = scratch(n);
        return shortcut.value(widen(z, s[0], n), widen(a, s[1], n), widen(target, s[2], n), rows, cols);
    }

    /**
     * {@link Optimizer#update(String, double[], double[], int, OptimizerState)} on widened copies;
     * the optimizer's state stays in {@code double} ({@link OptimizerState#buffer}), so its moments
     * and velocities are not rounded between steps, only the parameter values are.
     */
    public static void update(
            Optimizer optimizer, String parameter, float[] values, float[] gradient, int length, OptimizerState state) {
        double[][] s = scratch(length);
        double[] wide = widen(values, s[0], length);
        optimizer.update(parameter, wide, widen(gradient, s[1], length), length, state);
        round(wide, values, length);
    }

    /** {@link RatedOptimizer#update(String, double[], double[], int, OptimizerState, double)} on widened copies, as above. */
    public static void update(
            RatedOptimizer optimizer,
            String parameter,
            float[] values,
            float[] gradient,
            int length,
            OptimizerState state,
            double learningRate) {
        double[][] s = scratch(length);
        double[] wide = widen(values, s[0], length);
        optimizer.update(parameter, wide, widen(gradient, s[1], length), length, state, learningRate);
        round(wide, values, length);
    }

    private static double[][] scratch(int n) {
        double[][] s = SCRATCH.get();
        if (s[0].length < n) {
            for (int i = 0; i < SLOTS; i++) {
                s[i] = new double[n];
            }
        }
        return s;
    }

    private static double[] widen(float[] from, double[] to, int n) {
        for (int i = 0; i < n; i++) {
            to[i] = from[i];
        }
        return to;
    }

    private static void round(double[] from, float[] to, int n) {
        for (int i = 0; i < n; i++) {
            to[i] = (float) from[i];
        }
    }
}
