package org.deltanet.engine.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The fastest of several kernels, chosen product shape by product shape by timing them on that
 * shape. {@link #measure} times the given shapes up front (a run passes the products of its own
 * batch size, while nothing else is running yet, which also warms the JIT on them); a shape seen
 * for the first time later is timed on that first call. Each choice is kept with its measured
 * reason ({@link #report()}), and reused: afterwards a product costs one scan of a short array,
 * allocates nothing and runs the chosen kernel.
 *
 * <p>Timing: rounds of about a millisecond in which every candidate computes the product on the
 * same random operands; a candidate's speed is its best round. The Java kernels are slow (the
 * Vector API's boxed) until the JIT has compiled them, so rounds go on, after the budget given to
 * the constructor, until no candidate has got {@value #SETTLED} faster for {@value #QUIET_ROUNDS}
 * rounds; they stop earlier when each has run {@value #ENOUGH_CALLS} times, and at {@value #MAX_BUDGETS} budgets
 * whatever happens. Before the first round each candidate runs on a miniature of the shape, and
 * {@link #measure} times all its shapes twice (the second pass finds the JIT's compiled code where
 * the first did not wait long enough for it). On a busy machine the choice can be wrong where two kernels are close, which
 * costs little for the same reason.
 *
 * <p>The band methods ({@code ...Rows}) have no shape to choose by and run the first candidate.
 * Thread-safe: several threads may share one instance.
 */
public final class MeasuredKernels implements MatrixKernels {

    private static final int ENOUGH_CALLS = 4_000;
    private static final int QUIET_ROUNDS = 4;
    private static final double SETTLED = 0.10;
    private static final int MAX_BUDGETS = 5;
    private static final int MINIATURE = 16;
    private static final int WARM_UP_CALLS = 5_000;
    private static final int WARM_UP_BUDGETS = 3;
    private static final long TARGET_ROUND_NANOS = 1_000_000L;

    /** Which of the three products. */
    public enum Kind {
        /** {@code A B^T}, {@link MatrixKernels#multiplyTransposedB}. */
        FORWARD,
        /** {@code A B}, {@link MatrixKernels#multiply}. */
        DELTA,
        /** {@code scale A^T B}, {@link MatrixKernels#multiplyTransposedA}. */
        GRADIENT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One product: C is {@code m x n}, the inner dimension {@code k}. */
    public record Shape(Kind kind, int m, int n, int k) {
        /** m n k. */
        public long multiplyAdds() {
            return (long) m * n * k;
        }

        @Override
        public String toString() {
            return kind + " " + m + "x" + n + "x" + k;
        }
    }

    /**
     * The kernel chosen for a shape and every candidate's measured GFLOP/s, in candidate order;
     * {@code gflops} is null for a choice {@linkplain #adopt adopted} without timing.
     */
    public record Choice(Shape shape, MatrixKernels kernel, double[] gflops) {
        boolean matches(Kind kind, int m, int n, int k) {
            return shape.kind == kind && shape.m == m && shape.n == n && shape.k == k;
        }
    }

    private final List<MatrixKernels> candidates;
    private final long budgetMillis;
    private volatile Choice[] choices = new Choice[0];

    /**
     * @param candidates   the kernels to choose between, at least one; the first also runs the bands
     * @param budgetMillis time to spend timing one shape (at least three rounds are always run)
     */
    public MeasuredKernels(List<MatrixKernels> candidates, long budgetMillis) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no kernels to choose between");
        }
        this.candidates = List.copyOf(candidates);
        this.budgetMillis = budgetMillis;
    }

    /** The candidates, in the order {@link Choice#gflops()} lists them. */
    public List<MatrixKernels> candidates() {
        return candidates;
    }

    @Override
    public String name() {
        return candidates.size() == 1
                ? candidates.get(0).name()
                : "measured per product: "
                        + candidates.stream().map(MatrixKernels::name).collect(Collectors.joining(", "));
    }

    /**
     * Times each shape not timed yet (see the class comment; with a single candidate this only
     * warms it up) and keeps the fastest kernel for it.
     */
    public synchronized void measure(List<Shape> shapes) {
        List<Shape> fresh = shapes.stream()
                .distinct()
                .filter(shape -> Arrays.stream(choices).noneMatch(c -> c.shape().equals(shape)))
                .toList();
        List<double[]> first = new ArrayList<>();
        for (Shape shape : fresh) {
            warmUp(shape);
            first.add(time(shape));
        }
        for (int i = 0; i < fresh.size(); i++) {
            double[] again = time(fresh.get(i));
            for (int j = 0; j < again.length; j++) {
                again[j] = Math.max(again[j], first.get(i)[j]);
            }
            keep(fresh.get(i), again);
        }
    }

    /**
     * Takes the candidate named {@code kernelName} for a shape without timing it, replacing any
     * choice made for it before: a resumed run computes with the kernels it started with, since
     * two kernels may round a product differently in the last bit.
     *
     * @return false, choosing nothing, when no candidate has that name (e.g. on another machine)
     */
    public synchronized boolean adopt(Shape shape, String kernelName) {
        for (MatrixKernels candidate : candidates) {
            if (candidate.name().equals(kernelName)) {
                List<Choice> kept = new ArrayList<>(Arrays.stream(choices)
                        .filter(c -> !c.shape().equals(shape))
                        .toList());
                kept.add(new Choice(shape, candidate, null));
                choices = kept.toArray(Choice[]::new);
                return true;
            }
        }
        return false;
    }

    /** The choices so far, in the order they were made. */
    public List<Choice> choices() {
        return List.of(choices);
    }

    /**
     * One line per choice: the shape, the kernel chosen and every candidate's measured speed,
     * e.g. {@code forward 32x128x784: openblas (openblas 41.3, vector-api-512bit 38.0 GFLOP/s)}.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        for (Choice choice : choices) {
            StringBuilder line =
                    new StringBuilder(choice.shape() + ": " + choice.kernel().name());
            if (choice.gflops() == null) {
                line.append(" (adopted, not timed)");
            } else if (candidates.size() > 1) {
                line.append(" (");
                for (int i = 0; i < candidates.size(); i++) {
                    line.append(i == 0 ? "" : ", ")
                            .append(candidates.get(i).name())
                            .append(String.format(Locale.ROOT, " %.1f", choice.gflops()[i]));
                }
                line.append(" GFLOP/s)");
            }
            lines.add(line.toString());
        }
        return lines;
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
        candidates.get(0).multiplyTransposedBRows(a, b, c, n, k, from, to);
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        candidates.get(0).multiplyRows(a, b, c, n, k, from, to);
    }

    @Override
    public void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        candidates.get(0).multiplyTransposedARows(a, b, c, m, n, k, scale, from, to);
    }

    private MatrixKernels kernelFor(Kind kind, int m, int n, int k) {
        for (Choice choice : choices) {
            if (choice.matches(kind, m, n, k)) {
                return choice.kernel();
            }
        }
        return choose(kind, m, n, k);
    }

    private synchronized MatrixKernels choose(Kind kind, int m, int n, int k) {
        for (Choice choice : choices) {
            if (choice.matches(kind, m, n, k)) {
                return choice.kernel();
            }
        }
        Shape shape = new Shape(kind, m, n, k);
        warmUp(shape);
        return keep(shape, time(shape));
    }

    private MatrixKernels keep(Shape shape, double[] gflops) {
        int best = 0;
        for (int i = 1; i < gflops.length; i++) {
            if (gflops[i] > gflops[best]) {
                best = i;
            }
        }
        Choice[] more = Arrays.copyOf(choices, choices.length + 1);
        more[choices.length] = new Choice(shape, candidates.get(best), gflops);
        choices = more;
        return candidates.get(best);
    }

    /**
     * Runs every candidate many times on a miniature of the shape (each dimension above
     * {@value #MINIATURE} cut to between 8 and 15, keeping its remainder by 8, so that the same
     * tile and tail code runs), so that the JIT compiles the kernels' code in a fraction of the
     * time the shape itself would take: a boxed Vector API kernel needs tens of milliseconds per
     * call at MNIST's shapes.
     */
    private void warmUp(Shape shape) {
        Shape small = new Shape(shape.kind(), miniature(shape.m()), miniature(shape.n()), miniature(shape.k()));
        int size = Math.max(small.m(), small.n()) * small.k() + small.m() * small.n();
        double[] a = new double[size];
        double[] b = new double[size];
        double[] c = new double[size];
        long deadline = System.nanoTime() + WARM_UP_BUDGETS * budgetMillis * 1_000_000L;
        for (MatrixKernels kernels : candidates) {
            for (int i = 0; i < WARM_UP_CALLS && System.nanoTime() < deadline; i++) {
                run(kernels, small, a, b, c);
            }
        }
    }

    private static int miniature(int dimension) {
        return dimension <= MINIATURE ? dimension : 8 + dimension % 8;
    }

    /** Each candidate's best GFLOP/s on the shape. */
    private double[] time(Shape shape) {
        SplittableRandom random = new SplittableRandom(shape.hashCode());
        double[] a = random.doubles((long) shape.m() * shape.k(), -1, 1).toArray();
        double[] b = random.doubles((long) shape.n() * shape.k(), -1, 1).toArray();
        double[] c = new double[shape.m() * shape.n()];
        int count = candidates.size();
        double[] bestNanos = new double[count];
        Arrays.fill(bestNanos, Double.POSITIVE_INFINITY);
        int[] calls = new int[count];
        int[] repeats = new int[count];
        int[] improved = new int[count];
        Arrays.fill(repeats, 1);
        long start = System.nanoTime();
        long budget = budgetMillis * 1_000_000L;
        for (int round = 0; ; round++) {
            for (int i = 0; i < count; i++) {
                long before = System.nanoTime();
                for (int r = 0; r < repeats[i]; r++) {
                    run(candidates.get(i), shape, a, b, c);
                }
                long elapsed = Math.max(1, System.nanoTime() - before);
                calls[i] += repeats[i];
                double perCall = (double) elapsed / repeats[i];
                if (perCall < bestNanos[i] * (1 - SETTLED)) {
                    improved[i] = round;
                }
                bestNanos[i] = Math.min(bestNanos[i], perCall);
                if (elapsed < TARGET_ROUND_NANOS / 2) {
                    repeats[i] = Math.min(repeats[i] * 2, ENOUGH_CALLS);
                }
            }
            long spent = System.nanoTime() - start;
            if (round >= 2
                    && (spent > budget * MAX_BUDGETS || enough(calls) || spent > budget && quiet(improved, round))) {
                break;
            }
        }
        double[] gflops = new double[count];
        for (int i = 0; i < count; i++) {
            gflops[i] = 2.0 * shape.multiplyAdds() / bestNanos[i];
        }
        return gflops;
    }

    /** Whether no candidate got faster for a while. */
    private static boolean quiet(int[] improved, int round) {
        return Arrays.stream(improved).allMatch(last -> round - last >= QUIET_ROUNDS);
    }

    /** Whether every candidate has run often enough (small products, timed well in a few milliseconds). */
    private static boolean enough(int[] calls) {
        return Arrays.stream(calls).allMatch(count -> count >= ENOUGH_CALLS);
    }

    private static void run(MatrixKernels kernels, Shape shape, double[] a, double[] b, double[] c) {
        switch (shape.kind()) {
            case FORWARD -> kernels.multiplyTransposedB(a, b, c, shape.m(), shape.n(), shape.k());
            case DELTA -> kernels.multiply(a, b, c, shape.m(), shape.n(), shape.k());
            case GRADIENT -> kernels.multiplyTransposedA(a, b, c, shape.m(), shape.n(), shape.k(), 0.5);
        }
    }
}
