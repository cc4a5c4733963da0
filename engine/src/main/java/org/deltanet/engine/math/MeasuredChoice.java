package org.deltanet.engine.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fastest of several kernels of one precision, chosen product shape by product shape by timing
 * them on that shape: the one implementation of choosing by measurement, which
 * {@link MeasuredKernels} (float64) and {@link MeasuredFloatKernels} (float32) extend with their
 * precision's operands and products ({@link #product}). {@link #measure} times the given shapes up
 * front (a run passes the products of its own batch size, while nothing else is running yet, which
 * also warms the JIT on them); a shape seen for the first time later is timed on that first call,
 * or, once {@link #stopTiming} was called, takes the choice of the nearest chosen shape.
 * Each choice is kept with its measured reason ({@link #report()}), and reused: afterwards a
 * product costs one scan of a short array, allocates nothing and runs the chosen kernel.
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
 * <p>Thread-safe: several threads may share one instance.
 *
 * @param <K> the kernels chosen between
 */
public abstract class MeasuredChoice<K extends NamedKernels> {

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
        /** {@code A B^T}, {@code multiplyTransposedB}. */
        FORWARD,
        /** {@code A B}, {@code multiply}. */
        DELTA,
        /** {@code scale A^T B}, {@code multiplyTransposedA}. */
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
     *
     * @param <K> the kernels chosen between
     */
    public record Choice<K>(Shape shape, K kernel, double[] gflops) {
        boolean matches(Kind kind, int m, int n, int k) {
            return shape.kind == kind && shape.m == m && shape.n == n && shape.k == k;
        }
    }

    /** A line of {@link #report()} read back: the shape and the name of the kernel chosen for it. */
    public record Recorded(Shape shape, String kernel) {

        private static final Pattern LINE =
                Pattern.compile("(forward|delta|gradient) (\\d+)x(\\d+)x(\\d+): (.+?)(?: \\(.*)?");

        /** The line's shape and kernel, or empty for a line that is not a choice. */
        public static Optional<Recorded> parse(String line) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Recorded(
                    new Shape(
                            Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4))),
                    m.group(5)));
        }
    }

    private final List<K> candidates;
    private final long budgetMillis;
    private volatile Choice<K>[] choices;
    private volatile boolean timing = true;

    /**
     * @param candidates   the kernels to choose between, at least one
     * @param budgetMillis time to spend timing one shape (at least three rounds are always run)
     */
    MeasuredChoice(List<K> candidates, long budgetMillis) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no kernels to choose between");
        }
        this.candidates = List.copyOf(candidates);
        this.budgetMillis = budgetMillis;
        this.choices = none();
    }

    /**
     * The shape's product on operands made once, random in [-1, 1) from {@code random}, sized
     * exactly to it: given a candidate, computes the product with it (again on each call).
     */
    abstract Consumer<K> product(Shape shape, SplittableRandom random);

    /** The candidates, in the order {@link Choice#gflops()} lists them. */
    public List<K> candidates() {
        return candidates;
    }

    /** The only candidate's name, or {@code measured per product: } and every candidate's. */
    public String name() {
        return candidates.size() == 1
                ? candidates.get(0).name()
                : "measured per product: "
                        + candidates.stream().map(NamedKernels::name).collect(Collectors.joining(", "));
    }

    /**
     * Tells every candidate the run's products ({@link NamedKernels#plan}), then times each shape
     * not timed yet (see the class comment; with a single candidate this only warms it up) and
     * keeps the fastest kernel for it.
     */
    public synchronized void measure(List<Shape> shapes) {
        candidates.forEach(kernels -> kernels.plan(shapes));
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
        for (K candidate : candidates) {
            if (candidate.name().equals(kernelName)) {
                List<Choice<K>> kept = new ArrayList<>(Arrays.stream(choices)
                        .filter(c -> !c.shape().equals(shape))
                        .toList());
                kept.add(new Choice<>(shape, candidate, null));
                choices = kept.toArray(none());
                return true;
            }
        }
        return false;
    }

    /**
     * Stops timing: from now on a shape not chosen yet takes, without timing, the kernel chosen for
     * the nearest shape of its kind (the least sum of the differences of its three dimensions; the
     * first chosen of equally near ones). Only a kind with no choice at all is still timed. A
     * data-parallel worker meets a new row count with each shuffled mini-batch; adopting its run's
     * recorded choices and then this, it computes every product with a kernel the run recorded, in
     * every session of the run.
     */
    public synchronized void stopTiming() {
        timing = false;
    }

    /** The choices so far, in the order they were made. */
    public List<Choice<K>> choices() {
        return List.of(choices);
    }

    /**
     * One line per choice: the shape, the kernel chosen and every candidate's measured speed,
     * e.g. {@code forward 32x128x784: openblas (openblas 41.3, vector-api-512bit 38.0 GFLOP/s)}.
     */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        for (Choice<K> choice : choices) {
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

    /** The kernel chosen for the product, timing the candidates first if its shape is new. */
    final K kernelFor(Kind kind, int m, int n, int k) {
        for (Choice<K> choice : choices) {
            if (choice.matches(kind, m, n, k)) {
                return choice.kernel();
            }
        }
        return choose(kind, m, n, k);
    }

    private synchronized K choose(Kind kind, int m, int n, int k) {
        for (Choice<K> choice : choices) {
            if (choice.matches(kind, m, n, k)) {
                return choice.kernel();
            }
        }
        Shape shape = new Shape(kind, m, n, k);
        Choice<K> nearest = timing ? null : nearest(shape);
        if (nearest != null) {
            Choice<K>[] more = Arrays.copyOf(choices, choices.length + 1);
            more[choices.length] = new Choice<>(shape, nearest.kernel(), null);
            choices = more;
            return nearest.kernel();
        }
        warmUp(shape);
        return keep(shape, time(shape));
    }

    /** The chosen shape of {@code shape}'s kind nearest to it, or null if its kind has none. */
    private Choice<K> nearest(Shape shape) {
        Choice<K> nearest = null;
        long distance = Long.MAX_VALUE;
        for (Choice<K> choice : choices) {
            Shape other = choice.shape();
            long apart = Math.abs((long) other.m() - shape.m())
                    + Math.abs((long) other.n() - shape.n())
                    + Math.abs((long) other.k() - shape.k());
            if (other.kind() == shape.kind() && apart < distance) {
                nearest = choice;
                distance = apart;
            }
        }
        return nearest;
    }

    private K keep(Shape shape, double[] gflops) {
        int best = 0;
        for (int i = 1; i < gflops.length; i++) {
            if (gflops[i] > gflops[best]) {
                best = i;
            }
        }
        Choice<K>[] more = Arrays.copyOf(choices, choices.length + 1);
        more[choices.length] = new Choice<>(shape, candidates.get(best), gflops);
        choices = more;
        return candidates.get(best);
    }

    /** An empty array of choices, for {@code toArray}. */
    @SuppressWarnings("unchecked")
    private Choice<K>[] none() {
        return (Choice<K>[]) new Choice<?>[0];
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
        Consumer<K> product = product(small, new SplittableRandom(small.hashCode()));
        long deadline = System.nanoTime() + WARM_UP_BUDGETS * budgetMillis * 1_000_000L;
        for (K kernels : candidates) {
            for (int i = 0; i < WARM_UP_CALLS && System.nanoTime() < deadline; i++) {
                product.accept(kernels);
            }
        }
    }

    private static int miniature(int dimension) {
        return dimension <= MINIATURE ? dimension : 8 + dimension % 8;
    }

    /** Each candidate's best GFLOP/s on the shape. */
    private double[] time(Shape shape) {
        Consumer<K> product = product(shape, new SplittableRandom(shape.hashCode()));
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
                K kernels = candidates.get(i);
                long before = System.nanoTime();
                for (int r = 0; r < repeats[i]; r++) {
                    product.accept(kernels);
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
}
