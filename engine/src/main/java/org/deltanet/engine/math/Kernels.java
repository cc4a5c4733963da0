package org.deltanet.engine.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the matrix kernels a run uses, by measurement: {@link #best(int)} is a
 * {@link MeasuredKernels} that times, for each product shape the run uses, the fastest Java
 * kernels this JVM offers against OpenBLAS, and keeps the faster for that shape. The candidates:
 * <ol>
 *   <li>the Java kernels: {@link VectorKernels} when the JVM was started with
 *       {@code --add-modules jdk.incubator.vector} (the {@code deltanet} launcher does this) and
 *       the processor has vectors of at least four doubles, {@link TiledKernels} (pure Java that
 *       runs anywhere) otherwise; with more than one thread, wrapped in {@link ParallelKernels};</li>
 *   <li>{@link NativeBlasKernels} (OpenBLAS, on as many threads) where its native library loads:
 *       linux-x86_64. Elsewhere the Java kernels alone run.</li>
 * </ol>
 * The float kernels of a {@code precision: float32} run are chosen the same way
 * ({@link #bestFloat(int)}, a {@link MeasuredFloatKernels}) between {@link VectorFloatKernels}
 * (one thread) and OpenBLAS's sgemm ({@link NativeBlasFloatKernels}, on as many threads), with
 * {@link PlainFloatKernels} only where neither is available.
 *
 * <p>System properties: {@value #THREADS_PROPERTY} (thread count), {@value #ONLY_PROPERTY} (keep only
 * the candidates whose name starts with this, e.g. {@code openblas}, for comparisons) and
 * {@value #BUDGET_PROPERTY} (milliseconds of timing per shape, default {@value #DEFAULT_BUDGET_MILLIS}).
 */
public final class Kernels {

    /** System property overriding the number of threads of {@link #best()} and {@link #bestFloat()}. */
    public static final String THREADS_PROPERTY = "deltanet.threads";
    /** System property keeping only the candidates whose name starts with its value. */
    public static final String ONLY_PROPERTY = "deltanet.kernels";
    /** System property: milliseconds spent timing the candidates on one product shape. */
    public static final String BUDGET_PROPERTY = "deltanet.kernels.measure-ms";

    /**
     * The JVM options under which the Vector API code (these kernels, the built-in plugins' batch
     * loops, the data's conversions) runs at full speed: the incubator module, and two of C2's
     * limits raised. C2 adds up the uncommon traps and deoptimizations recorded for every method it
     * inlines into one compilation, and past its limits it compiles the type-profiled calls after
     * that point with a slow path; the Vector API's own methods carry a few each, so a training
     * step's compilation crossed the limits and boxed its vectors (26 MB per step of network A at
     * batch 1024). The {@code deltanet} launcher passes the same options; the JVMs deltanet starts
     * itself (JMH forks, Spark executors on a cluster) are given these.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "--add-modules=jdk.incubator.vector",
            "-XX:PerMethodTrapLimit=10000",
            "-XX:PerMethodRecompilationCutoff=10000");

    static final long DEFAULT_BUDGET_MILLIS = 40;

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final Map<Integer, MeasuredKernels> BEST = new ConcurrentHashMap<>();
    private static final Map<Integer, MeasuredFloatKernels> BEST_FLOAT = new ConcurrentHashMap<>();

    private Kernels() {}

    /**
     * The kernels on as many threads as there are processors, or as many as the system property
     * {@value #THREADS_PROPERTY} says. Shared: the same instance on every call.
     */
    public static MeasuredKernels best() {
        return best(defaultThreads());
    }

    /** {@value #THREADS_PROPERTY}, or as many threads as there are processors. */
    public static int defaultThreads() {
        return Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The kernels on the given number of threads, at least 1; the same instance on every call, so
     * a shape measured once (e.g. by one run of a sweep) is not measured again.
     */
    public static MeasuredKernels best(int threads) {
        return BEST.computeIfAbsent(requirePositive(threads), t -> new MeasuredKernels(candidates(t), budgetMillis()));
    }

    /**
     * The float kernels on as many threads as {@link #best()}; shared: the same instance on every
     * call.
     */
    public static MeasuredFloatKernels bestFloat() {
        return bestFloat(defaultThreads());
    }

    /**
     * The float kernels with OpenBLAS on the given number of threads, at least 1; the same
     * instance on every call, as {@link #best(int)}.
     */
    public static MeasuredFloatKernels bestFloat(int threads) {
        return BEST_FLOAT.computeIfAbsent(
                requirePositive(threads), t -> new MeasuredFloatKernels(floatCandidates(t), budgetMillis()));
    }

    /**
     * One-thread kernels that compute each product with the kernel {@code record} names for its
     * shape, or for the nearest recorded shape of its kind, and never time
     * ({@link MeasuredChoice#stopTiming()}): what a data-parallel worker computes with, so that every
     * session of a run, and a task started again on another executor, computes as the run did.
     * {@code record} holds lines of a run's choices as {@link MeasuredChoice#report()} writes them
     * (other lines are skipped); a name is taken without its thread count ({@code openblas x2
     * threads} is {@code openblas} here), and a kernel this JVM lacks is left out, its shapes going
     * to the nearest kept one. A new instance on every call; timed as {@link #best(int)} when
     * nothing in {@code record} is kept.
     */
    public static MeasuredKernels recorded(List<String> record) {
        return keepTo(new MeasuredKernels(candidates(1), budgetMillis()), record);
    }

    /** As {@link #recorded}, for a float32 run's float kernels. */
    public static MeasuredFloatKernels recordedFloat(List<String> record) {
        return keepTo(new MeasuredFloatKernels(floatCandidates(1), budgetMillis()), record);
    }

    private static <M extends MeasuredChoice<?>> M keepTo(M kernels, List<String> record) {
        for (String line : record) {
            MeasuredChoice.Recorded.parse(line)
                    .ifPresent(recorded ->
                            kernels.adopt(recorded.shape(), recorded.kernel().replaceFirst(" x\\d+ threads$", "")));
        }
        kernels.stopTiming();
        return kernels;
    }

    private static int requirePositive(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return threads;
    }

    private static long budgetMillis() {
        return Long.getLong(BUDGET_PROPERTY, DEFAULT_BUDGET_MILLIS);
    }

    /** The candidates {@link #best(int)} measures on {@code threads} threads. */
    static List<MatrixKernels> candidates(int threads) {
        MatrixKernels java = fastestJava();
        List<MatrixKernels> candidates = new ArrayList<>();
        candidates.add(threads == 1 ? java : new ParallelKernels(java, threads));
        NativeBlasKernels.load(threads, java).ifPresent(candidates::add);
        return only(candidates);
    }

    /**
     * The candidates {@link #bestFloat(int)} measures with OpenBLAS on {@code threads} threads:
     * the Vector API's and sgemm where available, the plain reference only where neither is.
     */
    static List<FloatKernels> floatCandidates(int threads) {
        List<FloatKernels> candidates = new ArrayList<>();
        if (vectorUsable()) {
            candidates.add(new VectorFloatKernels());
        }
        NativeBlasFloatKernels.load(threads).ifPresent(candidates::add);
        if (candidates.isEmpty()) {
            candidates.add(new PlainFloatKernels());
        }
        return only(candidates);
    }

    /** The candidates whose name starts with {@value #ONLY_PROPERTY}, when it is set and any does; else all. */
    private static <K extends NamedKernels> List<K> only(List<K> candidates) {
        String only = System.getProperty(ONLY_PROPERTY);
        if (only != null && candidates.stream().anyMatch(k -> k.name().startsWith(only))) {
            candidates.removeIf(k -> !k.name().startsWith(only));
        }
        return candidates;
    }

    /** Every single-threaded implementation this JVM can run, the reference first. */
    public static List<MatrixKernels> available() {
        List<MatrixKernels> kernels = new ArrayList<>(List.of(new PlainKernels(), new TiledKernels()));
        if (vectorUsable()) {
            kernels.add(new VectorKernels());
        }
        NativeBlasKernels.load(1, fastestJava()).ifPresent(kernels::add);
        return kernels;
    }

    /** The fastest Java kernels here, single-threaded: the Vector API's or the tiled pure-Java ones. */
    public static MatrixKernels fastestJava() {
        return vectorUsable() ? new VectorKernels() : new TiledKernels();
    }

    /**
     * The kernels the environment forces on OpenBLAS ({@code OPENBLAS_CORETYPE}, e.g.
     * {@code Haswell}), when it is set and OpenBLAS is a candidate here; OpenBLAS otherwise
     * chooses for the processor itself. deltanet leaves the variable alone (README, "Speed").
     */
    public static Optional<String> forcedOpenBlasCore() {
        String core = System.getenv("OPENBLAS_CORETYPE");
        return core == null || core.isBlank() || !NativeBlasKernels.loaded() ? Optional.empty() : Optional.of(core);
    }

    /**
     * Why OpenBLAS works through copies of its operands here, when it is a candidate but cannot
     * work on the arrays in place ({@link InPlaceGemm}: deltanet's JNI library, built where a C
     * compiler is present); empty where it works in place or is not a candidate.
     */
    public static Optional<String> openBlasThroughCopies() {
        return NativeBlasKernels.loaded() && !InPlaceGemm.available()
                ? Optional.of(InPlaceGemm.unavailableBecause())
                : Optional.empty();
    }

    static boolean vectorUsable() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return false;
        }
        try {
            return VectorKernels.worthwhile();
        } catch (LinkageError unavailable) {
            return false;
        }
    }
}
