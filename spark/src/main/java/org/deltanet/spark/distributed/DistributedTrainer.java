package org.deltanet.spark.distributed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.math.MeasuredChoice;
import org.deltanet.engine.math.NamedKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.EpochLoop;
import org.deltanet.engine.train.EpochSteps;
import org.deltanet.engine.train.ParameterUpdate;
import org.deltanet.engine.train.StepStatistics;
import org.deltanet.engine.train.TrainingConfig;
import org.deltanet.engine.train.TrainingListener;
import org.deltanet.engine.train.TrainingLoop;
import org.deltanet.engine.train.TrainingPosition;
import org.deltanet.engine.train.TrainingResult;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.experiment.config.DistributedConfig;
import org.deltanet.spark.PluginJars;
import org.deltanet.spark.SparkContexts;

/**
 * Data-parallel training on Spark, on the driver. The training examples are split into
 * {@code workers} shards, worked by one long-lived Spark task per task slot (at most one per
 * shard) that a {@link Coordinator} sends each round to; the epochs and their mini-batches are those of the
 * single-machine trainer (same batch size, same seeded order), and each round covers
 * {@code sync-every} = K of them:
 * <ul>
 *   <li>K = 1: every worker computes the gradient over its examples of the mini-batch, the
 *       coordinator sums them weighted by examples (in shard order), and the driver's optimizer steps on the mean:
 *       the very step one machine takes on the whole mini-batch, up to the order of the additions
 *       (in float32, the mean rounded to float and the step taken in float on float parameters, as
 *       one float32 machine steps);</li>
 *   <li>K &gt; 1: every worker takes K optimizer steps of its own, on its examples of K mini-batches,
 *       from the broadcast parameters and optimizer state; the driver then averages parameters and
 *       state, weighted by the examples each worker saw (parameter averaging).</li>
 * </ul>
 * The epochs are those of the single-machine {@link EpochLoop}, with one step per round: listeners
 * see one "batch" per round, and validation runs on the driver after every epoch. Workers run the
 * single-machine {@link org.deltanet.engine.train.Step} of the run's precision, so an input, loss
 * or delta that is not finite stops training with the same message as on one machine.
 */
final class DistributedTrainer implements TrainingLoop {

    /** How long a cluster may take to register executors for every worker after the first. */
    private static final long SLOT_WAIT_MILLIS = 10_000;

    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final TrainingConfig config;
    private final MatrixKernels kernels;
    private final FloatKernels floatKernels;
    private final DistributedConfig distributed;
    private final String experiment;
    private final List<String> plugins;
    private final Map<String, String> sparkSettings;
    private final boolean float32;

    /**
     * @param experiment    the resolved experiment as YAML, from which workers rebuild the network
     * @param plugins       plugin jars to ship to the executors
     * @param floatKernels  a float32 run's float kernels, which the run chooses and records as
     *                      for one machine and the workers then compute with; null in float64
     * @param sparkSettings the experiment's {@code spark:} section
     * @param float32       whether the workers compute and the driver steps as {@code precision:
     *                      float32} does
     */
    DistributedTrainer(
            Network network,
            Loss loss,
            Optimizer optimizer,
            TrainingConfig config,
            MatrixKernels kernels,
            FloatKernels floatKernels,
            DistributedConfig distributed,
            String experiment,
            List<String> plugins,
            Map<String, String> sparkSettings,
            boolean float32) {
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.config = config;
        this.kernels = kernels;
        this.floatKernels = floatKernels;
        this.distributed = distributed;
        this.experiment = experiment;
        this.plugins = List.copyOf(plugins);
        this.sparkSettings = Map.copyOf(sparkSettings);
        this.float32 = float32;
    }

    @Override
    public TrainingResult resume(
            Dataset training,
            Dataset validation,
            List<TrainingListener> listeners,
            OptimizerState state,
            TrainingPosition from) {
        int batchSize = config.batchSizeFor(training.size());
        int workers = distributed.workers();
        if (batchSize < workers) {
            throw new ConfigException("training.distributed.workers: " + workers + " workers share each mini-batch of "
                    + batchSize + " examples; use at most " + batchSize + " workers or a larger batch-size");
        }
        JavaSparkContext spark = SparkContexts.getOrCreate(sparkSettings);
        PluginJars.ship(spark, plugins);
        Broadcast<WorkerSpec> spec = spark.broadcast(new WorkerSpec(
                experiment,
                training.featureCount(),
                training.targetCount(),
                training.size(),
                batchSize,
                config.shuffle(),
                config.seed(),
                config.epochs(),
                distributed.syncEvery(),
                config.regularization(),
                float32,
                kernelRecord()));
        List<Shard> shards = Shard.split(training, workers);
        int tasks = Math.max(1, Math.min(workers, SparkContexts.awaitTaskSlots(spark, workers, SLOT_WAIT_MILLIS)));
        try (Coordinator coordinator = Coordinator.start(spark, spec, shards, tasks)) {
            return new EpochLoop(network, loss, optimizer, config, kernels)
                    .run(new Rounds(coordinator, training.size(), batchSize), validation, listeners, state, from);
        } catch (RuntimeException e) {
            SparkContexts.checkRunning(spark, e);
            throw e;
        } finally {
            if (!spark.sc().isStopped()) {
                spec.destroy();
            }
        }
    }

    @Override
    public Optional<FloatKernels> floatKernels() {
        return Optional.ofNullable(floatKernels);
    }

    /**
     * The choices the run made (or adopted from its record) for the products it computes in its
     * precision, for the workers to compute with: empty where they were not chosen by measurement.
     */
    private List<String> kernelRecord() {
        NamedKernels products = floatKernels != null ? floatKernels : kernels;
        return products instanceof MeasuredChoice<?> measured ? measured.report() : List.of();
    }

    /** The rounds of one run, each a step of the epoch loop. */
    private final class Rounds implements EpochSteps {
        private final Coordinator coordinator;
        private final int batches;
        private final int syncEvery;
        private final int rounds;
        private final ParameterVector layout = new ParameterVector(network);
        private final ParameterUpdate update =
                new ParameterUpdate(network, optimizer, config.regularization().clipping(), float32);
        private final double[][] weightGradients = new double[network.depth()][];
        private final double[][] biasGradients = new double[network.depth()][];
        private final IntFunction<double[]> weightGradient = l -> weightGradients[l - 1];
        private final IntFunction<double[]> biasGradient = l -> biasGradients[l - 1];

        Rounds(Coordinator coordinator, int examples, int batchSize) {
            this.coordinator = coordinator;
            this.batches = (examples + batchSize - 1) / batchSize;
            this.syncEvery = distributed.syncEvery();
            this.rounds = (batches + syncEvery - 1) / syncEvery;
            for (int l = 1; l <= network.depth(); l++) {
                weightGradients[l - 1] = new double[network.layer(l).weights().length];
                biasGradients[l - 1] =
                        network.layer(l).hasBias() ? new double[network.layer(l).units()] : null;
            }
        }

        @Override
        public int count() {
            return rounds;
        }

        @Override
        public OptimizerState take(int epoch, int round, OptimizerState state, StepStatistics statistics) {
            RoundSum sum = round(state, epoch, round);
            if (sum.failure != null) {
                throw sum.failure;
            }
            statistics.add(sum.statistics);
            return step(sum, state, round);
        }

        /** Sends the parameters to the workers and sums their answers. */
        private RoundSum round(OptimizerState state, int epoch, int round) {
            int first = round * syncEvery;
            return coordinator.round(new RoundInput(
                    layout.of(network),
                    state.step(),
                    syncEvery > 1 ? state.snapshot() : null,
                    epoch,
                    first,
                    Math.min(syncEvery, batches - first)));
        }

        /** Updates the network from the round; returns the optimizer state to go on with. */
        private OptimizerState step(RoundSum sum, OptimizerState state, int round) {
            double[] mean = scale(sum.vector, 1.0 / sum.rows());
            if (syncEvery == 1) {
                layout.scatter(mean, weightGradient, biasGradient);
                update.apply(state, weightGradient, biasGradient);
                return state;
            }
            layout.load(mean, network);
            Map<String, double[]> buffers = sum.optimizerState;
            buffers.replaceAll((key, values) -> scale(values, 1.0 / sum.rows()));
            int taken = Math.min(syncEvery, batches - round * syncEvery);
            return OptimizerState.restore(state.step() + taken, buffers);
        }
    }

    private static double[] scale(double[] values, double factor) {
        double[] scaled = Arrays.copyOf(values, values.length);
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return scaled;
    }
}
