package org.deltanet.testkit;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for batches, shaped so that shrinking finds small, readable cases:
 * shapes shrink towards one row and one column, reals towards 0 (or the bound nearest to it).
 *
 * <p>Example (a property over batches of net inputs in [-5, 5]):
 * <pre>{@code
 * Gen<double[]> batches = Generators.shapes()
 *         .flatMap(shape -> Generators.arrays(shape.size(), Generators.reals(-5, 5)));
 * }</pre>
 */
public final class Generators {

    /** The most examples in a generated batch. */
    public static final int MAX_ROWS = 6;

    /** The most units per example in a generated batch. */
    public static final int MAX_COLS = 8;

    /** Reals are drawn from a grid of 2^40 + 1 equally spaced points. */
    private static final long GRID = 1L << 40;

    private Generators() {}

    /**
     * The size of a mini-batch.
     *
     * @param rows examples, at least 1
     * @param cols units per example, at least 1
     */
    public record Shape(int rows, int cols) {

        /** {@code rows * cols}, the number of elements a flat batch uses. */
        public int size() {
            return rows * cols;
        }

        @Override
        public String toString() {
            return "rows=" + rows + ", cols=" + cols;
        }
    }

    /** Batch shapes with 1 to {@value #MAX_ROWS} rows and 1 to {@value #MAX_COLS} columns. */
    public static Gen<Shape> shapes() {
        return Generate.range(1, MAX_ROWS, 1).zip(Generate.range(1, MAX_COLS, 1), Shape::new);
    }

    /**
     * Reals in the closed interval [low, high] (both ends are generated, as QuickTheories visits
     * the bounds first), shrinking towards 0 if it lies within, otherwise towards the nearer bound.
     */
    public static Gen<Double> reals(double low, double high) {
        return reals(low, high, Math.min(high, Math.max(low, 0.0)));
    }

    /**
     * Reals in the closed interval [low, high], shrinking towards {@code simplest}, e.g. towards 1
     * for an upstream gradient, so that a shrunk failure shows the plain derivative.
     */
    public static Gen<Double> reals(double low, double high, double simplest) {
        if (!(low < high) || !(simplest >= low && simplest <= high)) {
            throw new IllegalArgumentException(
                    "need low < high and simplest within, got [" + low + ", " + high + "] and " + simplest);
        }
        long simplestPoint = Math.round((simplest - low) / (high - low) * GRID);
        return Generate.longRange(0, GRID, simplestPoint)
                .map(point -> point == simplestPoint
                        ? simplest
                        : Math.min(high, Math.max(low, low + (high - low) * (point / (double) GRID))));
    }

    /** Arrays of exactly {@code length} elements, each drawn from {@code elements}. */
    public static Gen<double[]> arrays(int length, Gen<Double> elements) {
        return source -> {
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                values[i] = elements.generate(source);
            }
            return values;
        };
    }

    /** A flat row-major batch of the given shape whose rows are drawn one by one from {@code row}. */
    static Gen<double[]> rows(Shape shape, Gen<double[]> row) {
        return source -> {
            double[] values = new double[shape.size()];
            for (int r = 0; r < shape.rows(); r++) {
                System.arraycopy(row.generate(source), 0, values, r * shape.cols(), shape.cols());
            }
            return values;
        };
    }
}
