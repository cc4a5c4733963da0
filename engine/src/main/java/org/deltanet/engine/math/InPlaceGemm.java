package org.deltanet.engine.math;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;

/**
 * OpenBLAS's {@code cblas_dgemm} and {@code cblas_sgemm} called on Java arrays in place, through
 * deltanet's own small JNI library ({@code engine/src/main/c/deltanet-gemm.c}, built by Maven
 * where a C compiler is present and packed into the engine's jar). JNI's critical array access
 * hands OpenBLAS the arrays' own memory, so a product copies nothing; {@link NativeBlasKernels}
 * otherwise copies its operands into native buffers and the product back out
 * ({@link NativeOperands}). Same library, same kernels, same numbers: only the copies go.
 *
 * <p>Where the library is missing (built without a C compiler, another platform), cannot be
 * loaded (a {@code noexec} temporary folder), or the system property {@value #PROPERTY} is
 * {@code false}, {@link #available()} is false and {@link #unavailableBecause()} says why.
 *
 * <p>The caller must have loaded OpenBLAS ({@link NativeBlasKernels#loaded()}) first: the library
 * is bound to the addresses of the cblas functions that JavaCPP loaded.
 */
final class InPlaceGemm {

    /** System property that turns in-place calls off ({@code -Ddeltanet.in-place-gemm=false}). */
    static final String PROPERTY = "deltanet.in-place-gemm";

    /** The library's resource, beside this class. */
    private static final String LIBRARY = "native/linux-x86_64/libdeltanet-gemm.so";

    private InPlaceGemm() {}

    /** Whether products can run in place here (loading the library on the first call). */
    static boolean available() {
        return Holder.UNAVAILABLE_BECAUSE == null;
    }

    /** Why products go through copies here, or null when they run in place. */
    static String unavailableBecause() {
        return Holder.UNAVAILABLE_BECAUSE;
    }

    /**
     * Row-major {@code C = alpha op(A) op(B)}, C {@code m x n} with leading dimension n, in double;
     * {@code aLength} and {@code bLength} are how many values of A and B the product reads.
     */
    static void dgemm(
            int transA,
            int transB,
            int m,
            int n,
            int k,
            double alpha,
            double[] a,
            int aLength,
            int lda,
            double[] b,
            int bLength,
            int ldb,
            double[] c) {
        check(a.length, aLength, b.length, bLength, c.length, m * n, a == c || b == c);
        dgemmInPlace(transA, transB, m, n, k, alpha, a, lda, b, ldb, c);
    }

    /** As {@link #dgemm}, in single precision. */
    static void sgemm(
            int transA,
            int transB,
            int m,
            int n,
            int k,
            float alpha,
            float[] a,
            int aLength,
            int lda,
            float[] b,
            int bLength,
            int ldb,
            float[] c) {
        check(a.length, aLength, b.length, bLength, c.length, m * n, a == c || b == c);
        sgemmInPlace(transA, transB, m, n, k, alpha, a, lda, b, ldb, c);
    }

    /**
     * Native code does not check bounds: an operand shorter than the product reads, or an output
     * that is also an operand, is refused here instead of corrupting memory.
     */
    private static void check(int aSize, int aLength, int bSize, int bLength, int cSize, int cLength, boolean aliased) {
        if (aSize < aLength || bSize < bLength || cSize < cLength) {
            throw new IllegalArgumentException("a product needs " + aLength + ", " + bLength + " and " + cLength
                    + " values in A, B and C, but they hold " + aSize + ", " + bSize + " and " + cSize);
        }
        if (aliased) {
            throw new IllegalArgumentException("the output of a product cannot also be one of its operands");
        }
    }

    private static native void bind(long dgemm, long sgemm);

    private static native void dgemmInPlace(
            int transA,
            int transB,
            int m,
            int n,
            int k,
            double alpha,
            double[] a,
            int lda,
            double[] b,
            int ldb,
            double[] c);

    private static native void sgemmInPlace(
            int transA,
            int transB,
            int m,
            int n,
            int k,
            float alpha,
            float[] a,
            int lda,
            float[] b,
            int ldb,
            float[] c);

    /** Loads and binds the library once, in the class initializer of a holder, remembering why it failed. */
    private static final class Holder {
        static final String UNAVAILABLE_BECAUSE = load();

        private static String load() {
            if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
                return PROPERTY + " is false";
            }
            if (!NativeBlasKernels.loaded()) {
                return "OpenBLAS did not load";
            }
            try (InputStream library = InPlaceGemm.class.getResourceAsStream(LIBRARY)) {
                if (library == null) {
                    return "this build has no libdeltanet-gemm.so (it is built where a C compiler is present)";
                }
                Path copy = Files.createTempFile("deltanet-gemm-", ".so");
                try {
                    Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
                    System.load(copy.toString());
                } finally {
                    Files.deleteIfExists(copy);
                }
            } catch (IOException | LinkageError | SecurityException e) {
                return "libdeltanet-gemm.so did not load: " + e.getMessage();
            }
            Pointer dgemm = Loader.addressof("cblas_dgemm");
            Pointer sgemm = Loader.addressof("cblas_sgemm");
            if (dgemm == null || dgemm.isNull() || sgemm == null || sgemm.isNull()) {
                return "OpenBLAS's cblas_dgemm and cblas_sgemm were not found among the loaded libraries";
            }
            bind(dgemm.address(), sgemm.address());
            return null;
        }
    }
}
