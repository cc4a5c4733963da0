package org.deltanet.engine.math;

/**
 * What the matrix kernels of both precisions ({@link MatrixKernels}, {@link FloatKernels}) have in
 * common: a name, by which {@link MeasuredChoice} reports its choice and a resumed run finds it again.
 */
public interface NamedKernels {

    /** A short name for logs and records, e.g. {@code plain-java} or {@code openblas-sgemm}. */
    String name();
}
