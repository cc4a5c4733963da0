package org.deltanet.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.StepStatistics;
import org.deltanet.engine.train.TrainingStep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-step overhead: one training step per operation on a network so small that the arithmetic is
 * nothing. {@code seed}: the seed article's 2-3-2-1 network (masks included), log loss, sgd 0.5,
 * its one example. {@code xor}: 2-4-1 tanh + sigmoid, log loss, momentum 0.5 / 0.9, the four
 * examples as one full batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TinyNetworkBenchmark {

    @Param({"seed", "xor"})
    public String network;

    private ArrayDataset data;
    private TrainingStep step;
    private final OptimizerState state = new OptimizerState();
    private int[] order;
    private StepStatistics statistics;

    @Setup
    public void setUp() {
        boolean seed = network.equals("seed");
        Network net = seed ? Workloads.seedNetwork() : Workloads.xorNetwork();
        data = seed
                ? ArrayDataset.of(new double[][] {{1, 0}}, new double[][] {{1}})
                : ArrayDataset.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[][] {{0}, {1}, {1}, {0}});
        step = new TrainingStep(
                net,
                Workloads.PLUGINS.loss("binary-cross-entropy"),
                seed
                        ? Workloads.optimizer("sgd", Map.of("learning-rate", 0.5))
                        : Workloads.optimizer("momentum", Map.of("learning-rate", 0.5, "momentum", 0.9)),
                Kernels.best(1),
                data.size());
        order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        statistics = new StepStatistics(net.depth());
    }

    @Benchmark
    public double trainingStep() {
        data.gather(order, 0, order.length, step.pass().input(), step.pass().target());
        return step.train(order.length, state, 1, 1, statistics);
    }
}
