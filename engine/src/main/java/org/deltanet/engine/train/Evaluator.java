package org.deltanet.engine.train;

import java.util.Objects;
import org.deltanet.api.Loss;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.MatrixKernels;
import org.deltanet.engine.metrics.ScoreCounter;
import org.deltanet.engine.network.Network;

/**
 * Forward passes only: loss, accuracy, {@linkplain ScoreCounter scores} and predictions of a
 * network on a dataset, batch by batch.
 */
public final class Evaluator {

    private static final int DEFAULT_CAPACITY = 256;

    private final Backpropagation pass;

    public Evaluator(Network network, Loss loss, MatrixKernels kernels) {
        this.pass = new Backpropagation(network, loss, kernels, DEFAULT_CAPACITY);
    }

    /** Mean loss and accuracy over every example of the dataset. */
    public Metrics evaluate(Dataset data) {
        return measure(data, null);
    }

    /**
     * Mean loss and accuracy over every example of the dataset, and the scores a counter adds up
     * from the same forward passes.
     *
     * @param counter a fresh counter for the network's outputs
     */
    public Evaluation evaluate(Dataset data, ScoreCounter counter) {
        return new Evaluation(measure(data, Objects.requireNonNull(counter, "counter")), counter.scores());
    }

    /** @param counter also counts every batch; null for loss and accuracy alone */
    private Metrics measure(Dataset data, ScoreCounter counter) {
        DataShape.requireFits(pass.network(), data, "data");
        int[] order = identity(data.size());
        double lossSum = 0.0;
        long correct = 0;
        int outputs = pass.network().outputSize();
        for (int from = 0; from < data.size(); from += pass.capacity()) {
            int rows = Math.min(pass.capacity(), data.size() - from);
            data.gather(order, from, rows, pass.input(), pass.target());
            pass.forward(rows);
            lossSum += pass.loss(rows) * rows;
            correct += Accuracy.correct(pass.output(), pass.target(), rows, outputs);
            if (counter != null) {
                counter.add(pass.output(), pass.target(), rows);
            }
        }
        return new Metrics(lossSum / data.size(), (double) correct / data.size());
    }

    /** The network's outputs for every example, {@code size x outputSize}, row-major. */
    public double[] predict(Dataset data) {
        DataShape.requireFits(pass.network(), data, "data");
        int outputs = pass.network().outputSize();
        double[] result = new double[data.size() * outputs];
        int[] order = identity(data.size());
        for (int from = 0; from < data.size(); from += pass.capacity()) {
            int rows = Math.min(pass.capacity(), data.size() - from);
            data.gather(order, from, rows, pass.input(), pass.target());
            pass.forward(rows);
            System.arraycopy(pass.output(), 0, result, from * outputs, rows * outputs);
        }
        return result;
    }

    static int[] identity(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return order;
    }
}
