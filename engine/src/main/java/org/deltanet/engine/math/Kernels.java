package org.deltanet.engine.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the matrix kernels a run uses: the fastest implementation this JVM offers, decided by
 * what is available (not by a timing race at start-up; the order comes from the benchmark in
 * {@code bench/}):
 * <ol>
 *   <li>{@link VectorKernels} when the JVM was started with
 *       {@code --add-modules jdk.incubator.vector} (the {@code deltanet} launcher does this) and
 *       the processor has vectors of at least four doubles;</li>
 *   <li>{@link TiledKernels} otherwise, pure Java that runs anywhere.</li>
 * </ol>
 * With more than one thread the choice is wrapped in {@link ParallelKernels}, which splits large
 * products between the threads.
 */
public final class Kernels {

    /** System property overriding the number of threads of {@link #best()}. */
    public static final String THREADS_PROPERTY = "deltanet.threads";

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final Map<Integer, MatrixKernels> BEST = new ConcurrentHashMap<>();

    private Kernels() {
    }

    /**
     * The fastest kernels on as many threads as there are processors, or as many as the system
     * property {@value #THREADS_PROPERTY} says. Shared: the same instance on every call.
     */
    public static MatrixKernels best() {
        return best(Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors()));
    }

    /** The fastest kernels on the given number of threads, at least 1; the same instance on every call. */
    public static MatrixKernels best(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return BEST.computeIfAbsent(threads, t -> t == 1 ? fastestSingleThreaded()
                : new ParallelKernels(fastestSingleThreaded(), t));
    }

    /** Every single-threaded implementation this JVM can run, the reference first and the fastest last. */
    public static List<MatrixKernels> available() {
        List<MatrixKernels> kernels = new ArrayList<>(List.of(new PlainKernels(), new TiledKernels()));
        if (vectorUsable()) {
            kernels.add(new VectorKernels());
        }
        return kernels;
    }

    private static MatrixKernels fastestSingleThreaded() {
        return vectorUsable() ? new VectorKernels() : new TiledKernels();
    }

    private static boolean vectorUsable() {
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
