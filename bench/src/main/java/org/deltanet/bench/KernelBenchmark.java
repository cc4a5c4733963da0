package org.deltanet.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.math.MatrixKernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One matrix product per operation, single-threaded, at the shapes networks A and B train with, in
 * float64 and (the {@code -float} and {@code -sgemm} kernels) float32.
 * A shape is {@code "product m n k"}: {@code forward} is {@code A B^T} (Z = A_prev W^T),
 * {@code delta} is {@code A B} (D W), {@code gradient} is {@code A^T B / rows} (D^T A_prev);
 * GFLOP/s = 2 m n k operations per second / 1e9.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KernelBenchmark {

    /**
     * The start of a kernel's name: {@code plain}, {@code tiled}, {@code vector} or {@code openblas}
     * (on the arrays in place where deltanet's JNI library was built, else through copies, as a run
     * does); in float32, {@code vector-api-float} or {@code openblas-sgemm}.
     */
    @Param({"plain", "tiled", "vector", "openblas", "vector-api-float", "openblas-sgemm"})
    public String kernel;

    @Param({
        "forward 32 128 784", "gradient 128 784 32", "forward 128 128 784", "gradient 128 784 128",
        "forward 32 256 784", "gradient 256 784 32", "forward 32 256 256", "delta 32 256 256",
        "gradient 256 256 32"
    })
    public String shape;

    private MatrixKernels kernels;
    private FloatKernels floatKernels;
    private String product;
    private int m;
    private int n;
    private int k;
    private double[] a;
    private double[] b;
    private double[] c;
    private float[] floatA;
    private float[] floatB;
    private float[] floatC;

    /** Whether {@code name} is one of the float32 kernels' names. */
    private static boolean isFloat(String name) {
        return name.startsWith("vector-api-float") || name.startsWith("openblas-sgemm");
    }

    @Setup
    public void setUp() {
        String[] parts = shape.split(" ");
        product = parts[0];
        m = Integer.parseInt(parts[1]);
        n = Integer.parseInt(parts[2]);
        k = Integer.parseInt(parts[3]);
        SplittableRandom random = new SplittableRandom(1);
        a = random.doubles((long) m * k, -1, 1).toArray();
        b = random.doubles((long) n * k, -1, 1).toArray();
        c = new double[m * n];
        if (isFloat(kernel)) {
            floatKernels = Kernels.bestFloat(1).candidates().stream()
                    .filter(x -> x.name().startsWith(kernel))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("kernels " + kernel + " are not available here"));
            floatA = rounded(a);
            floatB = rounded(b);
            floatC = new float[m * n];
        } else {
            kernels = Kernels.available().stream()
                    .filter(x -> x.name().startsWith(kernel))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("kernels " + kernel + " are not available here"));
        }
    }

    private static float[] rounded(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    /** Returns C, so that nothing is optimized away. */
    @Benchmark
    public Object product() {
        if (floatKernels != null) {
            switch (product) {
                case "forward" -> floatKernels.multiplyTransposedB(floatA, floatB, floatC, m, n, k);
                case "delta" -> floatKernels.multiply(floatA, floatB, floatC, m, n, k);
                default -> floatKernels.multiplyTransposedA(floatA, floatB, floatC, m, n, k, 1f / k);
            }
            return floatC;
        }
        switch (product) {
            case "forward" -> kernels.multiplyTransposedB(a, b, c, m, n, k);
            case "delta" -> kernels.multiply(a, b, c, m, n, k);
            default -> kernels.multiplyTransposedA(a, b, c, m, n, k, 1.0 / k);
        }
        return c;
    }
}
