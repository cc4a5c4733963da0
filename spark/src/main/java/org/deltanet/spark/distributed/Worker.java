package org.deltanet.spark.distributed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.data.DataFormats;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.FloatTrainingStep;
import org.deltanet.engine.train.Step;
import org.deltanet.engine.train.StepStatistics;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.engine.train.TrainingDivergedException;
import org.deltanet.engine.train.TrainingMode;
import org.deltanet.engine.train.TrainingStep;
import org.deltanet.experiment.config.ExperimentConfig;
import org.deltanet.experiment.config.ExperimentLoader;
import org.deltanet.experiment.config.PluginResolver;
import org.deltanet.experiment.wiring.NetworkFactory;
import org.deltanet.registry.PluginRegistry;

/**
 * A shard's worker on an executor: the experiment's network, loss and optimizer rebuilt from the
 * {@link WorkerSpec} (plugins, and data formats for reading the experiment, found on the task's
 * class loader, where shipped plugin jars are), with the run's regularization and precision (a
 * float32 run's worker computes on float copies of the broadcast parameters), and buffers for one
 * mini-batch. Each round it takes the broadcast parameters and, for each of the round's
 * mini-batches, runs backpropagation on this shard's examples of it: summing the gradients (sync
 * every step), or letting the optimizer step on them (sync every K &gt; 1 steps). Both halves are
 * the single-machine {@link Step}'s, with its checks: a step that diverges ends the worker's part
 * of the round and is sent to the driver, which throws it. Its rows draw the dropout masks of
 * their places in the whole batch, as one machine draws them. It computes on one thread (an
 * executor runs one task per core) with the kernels the driver chose and recorded
 * ({@link Kernels#recorded}, {@link Kernels#recordedFloat} in float32), for each product the one
 * of its shape or of the nearest recorded shape, never timing: its row count changes with every
 * shuffled mini-batch, and a resumed run must compute as the run did.
 */
final class Worker {

    private final WorkerSpec spec;
    private final Network network;
    private final Step<?> step;
    private final ParameterVector layout;
    private final TrainingConfig order;
    private final int[] epochOrder;
    private final int[] rows;
    private final int[] positions;
    private final IntFunction<?> weightGradients;
    private final IntFunction<?> biasGradients;
    private int orderedEpoch;

    Worker(WorkerSpec spec) {
        this.spec = spec;
        ClassLoader shipped = Thread.currentThread().getContextClassLoader();
        ExperimentConfig config = new ExperimentLoader(jars -> DataFormats.of(shipped))
                .parse(spec.experiment(), "the distributed experiment");
        PluginResolver plugins = new PluginResolver(PluginRegistry.load(List.of(shipped)));
        this.network = new NetworkFactory(plugins)
                .build(config.model(), spec.featureCount(), spec.targetCount(), config.seed());
        Loss loss = plugins.loss(config.loss());
        Optimizer optimizer = plugins.optimizer(config.optimizer());
        this.step = spec.float32()
                ? new FloatTrainingStep(
                        network,
                        loss,
                        optimizer,
                        Kernels.recordedFloat(spec.kernelRecord()),
                        spec.batchSize(),
                        spec.regularization(),
                        spec.seed())
                : new TrainingStep(
                        network,
                        loss,
                        optimizer,
                        Kernels.recorded(spec.kernelRecord()),
                        spec.batchSize(),
                        spec.regularization(),
                        spec.seed());
        this.layout = new ParameterVector(network);
        this.order = new TrainingConfig(
                TrainingMode.MINI_BATCH, spec.batchSize(), spec.epochs(), spec.shuffle(), spec.seed());
        this.epochOrder = new int[spec.examples()];
        this.rows = new int[spec.batchSize()];
        this.positions = new int[spec.batchSize()];
        this.weightGradients = step.pass()::weightGradient;
        this.biasGradients = step.pass()::biasGradient;
    }

    RoundSum work(Shard shard, RoundInput round) {
        layout.load(round.parameters(), network);
        step.pass().load();
        OptimizerState state =
                spec.syncEvery() > 1 ? OptimizerState.restore(round.step(), round.optimizerState()) : null;
        if (orderedEpoch != round.epoch()) {
            order.fillOrder(round.epoch(), epochOrder);
            orderedEpoch = round.epoch();
        }
        RoundSum sum = new RoundSum();
        sum.vector = new double[layout.size()];
        sum.statistics = new StepStatistics(network.depth());
        try {
            for (int batch = round.firstBatch(); batch < round.firstBatch() + round.batches(); batch++) {
                int from = batch * spec.batchSize();
                int count = shard.select(
                        epochOrder, from, Math.min(from + spec.batchSize(), spec.examples()), rows, positions);
                if (count > 0) {
                    step.pass().gather(shard.data(), rows, 0, count);
                    step.computeGradients(count, positions, round.epoch(), batch + 1, sum.statistics);
                    if (state == null) {
                        layout.addScaled(weightGradients, biasGradients, count, sum.vector);
                    } else {
                        step.apply(state);
                    }
                }
            }
        } catch (TrainingDivergedException e) {
            sum.failure = e;
            return sum;
        }
        if (state != null && sum.rows() > 0) {
            step.pass().store();
            layout.addScaled(
                    l -> network.layer(l).weights(), l -> network.layer(l).bias(), sum.rows(), sum.vector);
            sum.optimizerState = scaled(state.snapshot(), sum.rows());
        }
        return sum;
    }

    private static Map<String, double[]> scaled(Map<String, double[]> buffers, double scale) {
        Map<String, double[]> scaled = new LinkedHashMap<>();
        buffers.forEach((key, values) -> {
            double[] copy = values.clone();
            for (int i = 0; i < copy.length; i++) {
                copy[i] *= scale;
            }
            scaled.put(key, copy);
        });
        return scaled;
    }
}
