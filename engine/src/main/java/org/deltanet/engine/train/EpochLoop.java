package org.deltanet.engine.train;

import java.util.List;
import org.deltanet.api.EpochOutcome;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.regularize.Penalty;

/**
 * The epoch loop every trainer runs, local or distributed: it takes each epoch's steps from an
 * {@link EpochSteps}, tells the listeners about every step and epoch, measures the epoch's
 * training loss, accuracy and mean |delta| per layer, validates after each epoch, and stops early
 * when a listener asks. Divergence is found by the steps ({@link TrainingStep#computeGradients}).
 */
public final class EpochLoop {

    private final Network network;
    private final Loss loss;
    private final ScheduledOptimizer optimizer;
    private final TrainingConfig config;
    private final MatrixKernels kernels;

    /**
     * @param optimizer the optimizer the steps update with; a {@link ScheduledOptimizer} (the same
     *                  instance the steps use) has its schedule asked for every step's rate
     * @param kernels   for validation
     */
    public EpochLoop(Network network, Loss loss, Optimizer optimizer, TrainingConfig config, MatrixKernels kernels) {
        this.network = network;
        this.loss = loss;
        this.optimizer = ScheduledOptimizer.of(optimizer);
        this.config = config;
        this.kernels = kernels;
    }

    /**
     * Runs the epochs from {@code from} up to the configured number, until a listener asks to stop
     * after an epoch (early stopping), or until one requests a stop between steps (an interrupt).
     *
     * @param validation may be null
     */
    public TrainingResult run(
            EpochSteps steps,
            Dataset validation,
            List<TrainingListener> listeners,
            OptimizerState start,
            TrainingPosition from) {
        Evaluator evaluator = validation == null ? null : new Evaluator(network, loss, kernels);
        int count = steps.count();
        int completedEpochs = from.completedEpochs();
        listeners.forEach(l -> l.onStart(completedEpochs + 1, config.epochs(), count));
        optimizer.start(config.epochs(), count);
        StepStatistics statistics = new StepStatistics(network.depth());
        Penalty penalty = config.regularization().penalty();
        OptimizerState state = start;
        Metrics lastTraining = null;
        Metrics lastValidation = null;
        int epoch = completedEpochs;
        int firstStep = from.stepsDone();
        boolean stop = false;
        while (!stop && epoch < config.epochs()) {
            epoch++;
            long started = System.nanoTime();
            statistics.clear();
            if (firstStep > 0) {
                statistics.add(from.partial());
            }
            steps.startEpoch(epoch);
            optimizer.beforeEpoch(epoch, state);
            for (int step = firstStep; step < count; step++) {
                if (stopRequested(listeners)) {
                    steps.settle();
                    return new TrainingResult(
                            epoch - 1,
                            false,
                            lastTraining,
                            lastValidation,
                            state,
                            new TrainingPosition(epoch - 1, step, statistics));
                }
                optimizer.beforeStep(state);
                state = steps.take(epoch, step, state, statistics);
                double stepLoss = statistics.lastLoss();
                for (int i = 0; i < listeners.size(); i++) {
                    listeners.get(i).onBatchEnd(epoch, step + 1, count, stepLoss);
                }
            }
            firstStep = 0;
            steps.settle();
            lastTraining = statistics.metrics();
            lastValidation = evaluator == null ? null : evaluator.evaluate(validation);
            optimizer.afterEpoch(outcome(epoch, lastTraining, lastValidation), state);
            EpochReport report = new EpochReport(
                    epoch,
                    config.epochs(),
                    state.step(),
                    lastTraining,
                    lastValidation,
                    statistics.meanAbsDelta(network),
                    optimizer.learningRate(),
                    penalty.active() ? penalty.value(network) : Double.NaN,
                    (System.nanoTime() - started) / 1e9,
                    network,
                    state);
            for (TrainingListener listener : listeners) {
                stop |= !listener.onEpochEnd(report);
            }
        }
        return new TrainingResult(epoch, stop && epoch < config.epochs(), lastTraining, lastValidation, state, null);
    }

    private static EpochOutcome outcome(int epoch, Metrics training, Metrics validation) {
        return new EpochOutcome(
                epoch,
                training.loss(),
                training.accuracy(),
                validation == null ? Double.NaN : validation.loss(),
                validation == null ? Double.NaN : validation.accuracy());
    }

    private static boolean stopRequested(List<TrainingListener> listeners) {
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i).stopRequested()) {
                return true;
            }
        }
        return false;
    }
}
