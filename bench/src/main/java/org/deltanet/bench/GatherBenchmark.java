package org.deltanet.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.deltanet.engine.data.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Batch assembly alone: one MNIST batch (kept as bytes, as a run keeps it) gathered per operation
 * in a shuffled order, into double buffers ({@code doubles}) or float buffers ({@code floats}, what
 * a {@code precision: float32} run gathers). Not part of {@link SpeedTable}: run it by name, e.g.
 * {@code java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar GatherBenchmark}
 * through JMH's own main ({@code -cp bench/target/benchmarks.jar org.openjdk.jmh.Main}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GatherBenchmark {

    @Param({"32", "1024"})
    public int batch;

    private Dataset data;
    private int[] order;
    private int next;
    private double[] doubleFeatures;
    private double[] doubleTargets;
    private float[] floatFeatures;
    private float[] floatTargets;

    @Setup
    public void setUp() {
        data = Workloads.mnist();
        order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Workloads.shuffle(order, new SplittableRandom(1));
        doubleFeatures = new double[batch * data.featureCount()];
        doubleTargets = new double[batch * data.targetCount()];
        floatFeatures = new float[batch * data.featureCount()];
        floatTargets = new float[batch * data.targetCount()];
    }

    /** Returns a gathered value, so that nothing is optimized away. */
    @Benchmark
    public double doubles() {
        int from = nextBatch();
        data.gather(order, from, batch, doubleFeatures, doubleTargets);
        return doubleFeatures[from % doubleFeatures.length];
    }

    /** Returns a gathered value, so that nothing is optimized away. */
    @Benchmark
    public float floats() {
        int from = nextBatch();
        data.gather(order, from, batch, floatFeatures, floatTargets);
        return floatFeatures[from % floatFeatures.length];
    }

    private int nextBatch() {
        if (next + batch > order.length) {
            next = 0;
        }
        int from = next;
        next += batch;
        return from;
    }
}
