package org.deltanet.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.engine.train.Step;
import org.deltanet.engine.train.StepStatistics;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One training step per operation on MNIST, in the precision of the subclass's {@link Step}:
 * gather the next shuffled mini-batch from the bytes in memory (into the step's own buffers, as
 * {@code Trainer} does), forward pass, loss, backward pass, classic momentum (learning rate 0.1,
 * momentum 0.9). Samples per second are operations per second times the batch size. The order is
 * reshuffled whenever fewer than a batch of examples is left.
 *
 * <p>Bytes allocated per step are counted on the training thread itself ({@link Allocation}):
 * JMH's GC profiler sums every thread of the JVM, so its figure per operation grows with the
 * operation's length from JMH's own background threads even when the step allocates nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class MnistStepBenchmark {

    /** A = 784-128-10 sigmoid, B = 784-256-256-10 relu; softmax + cross-entropy. */
    @Param({"A", "B"})
    public String network;

    @Param({"1", "32", "128", "1024"})
    public int batch;

    /**
     * What the step adds ({@link Regularization}): {@code none} by default; for comparison,
     * {@code -p regularization=none,l2,dropout,clip-norm,all} ({@link Workloads#regularization}).
     */
    @Param({"none"})
    public String regularization;

    private Dataset data;
    private Step<?> step;
    private final OptimizerState state = new OptimizerState();
    private final SplittableRandom random = new SplittableRandom(1);
    private int[] order;
    private int next;
    private StepStatistics statistics;

    @Setup
    public void setUp() {
        data = Workloads.mnist();
        Network mnist = Workloads.mnistNetwork(network);
        step = step(
                mnist,
                Workloads.PLUGINS.loss("cross-entropy"),
                Workloads.optimizer("momentum", Map.of("learning-rate", 0.1, "momentum", 0.9)),
                Workloads.regularization(regularization, mnist.depth()));
        order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Workloads.shuffle(order, random);
        statistics = new StepStatistics(mnist.depth());
    }

    /** The step under test, for batches of up to {@link #batch} rows, its dropout drawn from seed 1. */
    protected abstract Step<?> step(Network network, Loss loss, Optimizer optimizer, Regularization regularization);

    /** Returns the batch's loss, so that nothing is optimized away. */
    @Benchmark
    public double trainingStep(Allocation allocation) {
        long before = Allocation.THREADS.getCurrentThreadAllocatedBytes();
        double loss = step();
        allocation.allocatedBytes += Allocation.THREADS.getCurrentThreadAllocatedBytes() - before;
        allocation.steps++;
        return loss;
    }

    /**
     * One step, compiled on its own as the trainer's steps are: inlined into JMH's measurement
     * loop, the whole step made one compilation that ran out of inlining budget in some forks and
     * left Vector API calls boxed (786,432 bytes per float32 network-A step at batch 1024 with
     * OpenBLAS's products, in every fork that chose them).
     */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private double step() {
        if (next + batch > order.length) {
            Workloads.shuffle(order, random);
            next = 0;
        }
        step.pass().gather(data, order, next, batch);
        next += batch;
        return step.train(batch, state, 1, 1, statistics);
    }

    /** Bytes the training thread allocated during an iteration's steps, and how many steps. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Allocation {

        static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        public long allocatedBytes;
        public long steps;

        @Setup(Level.Iteration)
        public void reset() {
            allocatedBytes = 0;
            steps = 0;
        }
    }
}
