package org.deltanet.engine.math;

import java.util.List;
import java.util.Optional;

/**
 * What the matrix kernels of both precisions ({@link MatrixKernels}, {@link FloatKernels}) have in
 * common: a name, by which {@link MeasuredChoice} reports its choice and a resumed run finds it
 * again, and a plan for the products of a run.
 */
public interface NamedKernels {

    /** A short name for logs and records, e.g. {@code plain-java} or {@code openblas-sgemm}. */
    String name();

    /**
     * Told the products of the run about to start, before {@link MeasuredChoice#measure} times
     * them: kernels that settle something once per run rather than per product (OpenBLAS's thread
     * count, {@link NativeBlasKernels#plan}) settle it here. The default does nothing.
     */
    default void plan(List<MeasuredChoice.Shape> shapes) {}

    /**
     * What the last {@link #plan} settled that the name does not say, in a few words for the run's
     * announcement (e.g. {@code openblas x2 threads runs on one thread in this run: ...}); empty
     * by default.
     */
    default Optional<String> planned() {
        return Optional.empty();
    }
}
