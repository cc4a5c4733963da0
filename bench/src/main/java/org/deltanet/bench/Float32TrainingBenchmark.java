package org.deltanet.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.FloatTrainingStep;
import org.deltanet.engine.train.StepStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link TrainingBenchmark} with {@code precision: float32}: the same networks, batches and
 * momentum, one thread, the batch gathered straight into the float step by the dataset's float
 * gather as {@code Trainer} does in float32, products on {@link Kernels#bestFloat(int)} with one
 * thread (measured per product shape, as a float32 run's), and the same {@code regularization}
 * choices. Bytes allocated per step are counted on the training thread, as there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Float32TrainingBenchmark {

    /** A = 784-128-10 sigmoid, B = 784-256-256-10 relu; softmax + cross-entropy. */
    @Param({"A", "B"})
    public String network;

    @Param({"1", "32", "128", "1024"})
    public int batch;

    /** What the step adds, as in {@link TrainingBenchmark}: {@code none} by default. */
    @Param({"none"})
    public String regularization;

    private Dataset data;
    private FloatTrainingStep step;
    private final OptimizerState state = new OptimizerState();
    private final SplittableRandom random = new SplittableRandom(1);
    private int[] order;
    private int next;
    private StepStatistics statistics;

    @Setup
    public void setUp() {
        data = Workloads.mnist();
        Network mnist = Workloads.mnistNetwork(network);
        step = new FloatTrainingStep(
                mnist,
                Workloads.PLUGINS.loss("cross-entropy"),
                Workloads.optimizer("momentum", Map.of("learning-rate", 0.1, "momentum", 0.9)),
                Kernels.bestFloat(1),
                batch,
                Workloads.regularization(regularization, mnist.depth()),
                1L);
        order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Workloads.shuffle(order, random);
        statistics = new StepStatistics(step.pass().network().depth());
    }

    /** Returns the batch's loss, so that nothing is optimized away. */
    @Benchmark
    public double trainingStep(TrainingBenchmark.Allocation allocation) {
        long before = TrainingBenchmark.Allocation.THREADS.getCurrentThreadAllocatedBytes();
        if (next + batch > order.length) {
            Workloads.shuffle(order, random);
            next = 0;
        }
        data.gather(order, next, batch, step.pass().input(), step.pass().target());
        next += batch;
        double loss = step.run(batch, state, 1, 1, statistics);
        allocation.allocatedBytes += TrainingBenchmark.Allocation.THREADS.getCurrentThreadAllocatedBytes() - before;
        allocation.steps++;
        return loss;
    }
}
