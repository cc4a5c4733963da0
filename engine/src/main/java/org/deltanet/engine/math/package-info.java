/**
 * Dense matrix kernels over flat row-major {@code double[]} arrays: the three products that
 * backpropagation needs (forward {@code Z = A W^T}, delta rule {@code D W}, weight gradient
 * {@code D^T A}). {@link org.deltanet.engine.math.MatrixKernels} is the seam where faster
 * implementations plug in: {@link org.deltanet.engine.math.PlainKernels} is the portable reference,
 * {@link org.deltanet.engine.math.TiledKernels} register-tiled pure Java,
 * {@link org.deltanet.engine.math.VectorKernels} the Vector API,
 * {@link org.deltanet.engine.math.NativeBlasKernels} OpenBLAS (where its bundled library loads; on the
 * arrays in place through deltanet's JNI library, {@link org.deltanet.engine.math.InPlaceGemm}, where
 * that was built, else on copies), and
 * {@link org.deltanet.engine.math.ParallelKernels} splits large products between threads.
 * {@link org.deltanet.engine.math.Kernels#best()} is a {@link org.deltanet.engine.math.MeasuredKernels}
 * that times the candidates on each product shape and keeps the fastest for it; the float kernels
 * of float32 runs ({@link org.deltanet.engine.math.FloatKernels}) are chosen the same way by
 * {@link org.deltanet.engine.math.Kernels#bestFloat()}, one implementation of the choosing for both
 * ({@link org.deltanet.engine.math.MeasuredChoice}).
 */
package org.deltanet.engine.math;
