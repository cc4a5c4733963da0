package org.deltanet.cli.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deltanet.api.Loss;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.PlainKernels;
import org.deltanet.engine.network.Layer;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Backpropagation;
import org.deltanet.engine.train.StepStatistics;
import org.deltanet.engine.train.TrainingStep;
import org.deltanet.experiment.wiring.WiredExperiment;

/**
 * Runs the first steps of an experiment's training exactly as {@code deltanet train} would (same
 * batches in the same order, same optimizer, one {@link TrainingStep} each) with the plain
 * textbook kernels, and records every number of each step.
 */
public final class Derivation {

    private final WiredExperiment experiment;

    public Derivation(WiredExperiment experiment) {
        this.experiment = experiment;
    }

    /** The examples per step this experiment trains with. */
    public int batchSize() {
        return experiment.training().batchSizeFor(experiment.data().training().size());
    }

    /** Trains {@code steps} steps, changing the wired network's weights, and returns their records. */
    public List<StepRecord> run(int steps) {
        Network network = experiment.network();
        Loss loss = experiment.loss();
        Dataset data = experiment.data().training();
        int batchSize = batchSize();
        int batches = (data.size() + batchSize - 1) / batchSize;
        TrainingStep step = new TrainingStep(network, loss, experiment.optimizer(), new PlainKernels(), batchSize);
        Backpropagation pass = step.pass();
        OptimizerState state = new OptimizerState();
        int[] order = new int[data.size()];
        StepStatistics statistics = new StepStatistics(network.depth());
        List<StepRecord> records = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            int epoch = s / batches + 1;
            int batch = s % batches;
            if (batch == 0) {
                experiment.training().fillOrder(epoch, order);
            }
            int from = batch * batchSize;
            int rows = Math.min(batchSize, data.size() - from);
            data.gather(order, from, rows, pass.input(), pass.target());
            double[][] weightsBefore = weights(network);
            double[][] biasBefore = biases(network);
            double lossBefore = step.run(rows, state, epoch, batch + 1, statistics);
            double[] input = Arrays.copyOf(pass.input(), rows * network.inputSize());
            double[] target = Arrays.copyOf(pass.target(), rows * network.outputSize());
            double[][] netInput = perLayer(network, l -> pass.netInput(l), rows);
            double[][] activation = perLayer(network, l -> pass.activation(l), rows);
            double[][] delta = perLayer(network, l -> pass.delta(l), rows);
            double[] lossGradient = pass.usesShortcut()
                    ? null
                    : lossGradient(loss, activation[network.depth() - 1], target, rows, network.outputSize());
            double[][] weightGradient = new double[network.depth()][];
            double[][] biasGradient = new double[network.depth()][];
            for (int l = 1; l <= network.depth(); l++) {
                weightGradient[l - 1] = pass.weightGradient(l).clone();
                biasGradient[l - 1] = pass.biasGradient(l) == null
                        ? null
                        : pass.biasGradient(l).clone();
            }
            pass.forward(rows);
            double lossAfter = pass.loss(rows);
            double[] outputAfter = Arrays.copyOf(pass.output(), rows * network.outputSize());
            records.add(new StepRecord(
                    s + 1,
                    epoch,
                    batch + 1,
                    batches,
                    Arrays.copyOfRange(order, from, from + rows),
                    input,
                    target,
                    netInput,
                    activation,
                    lossGradient,
                    delta,
                    weightsBefore,
                    biasBefore,
                    weightGradient,
                    biasGradient,
                    weights(network),
                    biases(network),
                    lossBefore,
                    lossAfter,
                    outputAfter));
        }
        return records;
    }

    private static double[] lossGradient(Loss loss, double[] output, double[] target, int rows, int cols) {
        double[] gradient = new double[rows * cols];
        loss.gradient(output, target, gradient, rows, cols);
        return gradient;
    }

    private interface LayerBuffer {
        double[] of(int layer);
    }

    private static double[][] perLayer(Network network, LayerBuffer buffer, int rows) {
        double[][] copies = new double[network.depth()][];
        for (int l = 1; l <= network.depth(); l++) {
            copies[l - 1] = Arrays.copyOf(buffer.of(l), rows * network.layer(l).units());
        }
        return copies;
    }

    private static double[][] weights(Network network) {
        return network.layers().stream().map(layer -> layer.weights().clone()).toArray(double[][]::new);
    }

    private static double[][] biases(Network network) {
        return network.layers().stream()
                .map(Layer::bias)
                .map(b -> b == null ? null : b.clone())
                .toArray(double[][]::new);
    }
}
