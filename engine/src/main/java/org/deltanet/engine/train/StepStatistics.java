package org.deltanet.engine.train;

import java.io.Serializable;
import java.util.Arrays;
import org.deltanet.engine.network.Network;

/**
 * What the steps of an epoch (or of a part of one) add up to: the loss summed over examples, the
 * correctly classified examples, the examples seen, and per layer the sum of |delta| over every
 * example and unit. {@link TrainingStep#computeGradients} adds each batch in; distributed workers
 * add theirs and the driver merges them with {@link #add(StepStatistics)}.
 */
public final class StepStatistics implements Serializable {

    private static final long serialVersionUID = 1L;

    private double lossSum;
    private long correct;
    private long rows;
    private final double[] deltaSums;
    private double lastLoss = Double.NaN;

    /** @param depth the network's number of layers */
    public StepStatistics(int depth) {
        this.deltaSums = new double[depth];
    }

    /**
     * Statistics as saved: for resuming inside an epoch.
     *
     * @param deltaSums per layer (index 0 = layer 1), copied
     */
    public static StepStatistics of(double lossSum, long correct, long rows, double[] deltaSums) {
        StepStatistics statistics = new StepStatistics(deltaSums.length);
        statistics.lossSum = lossSum;
        statistics.correct = correct;
        statistics.rows = rows;
        System.arraycopy(deltaSums, 0, statistics.deltaSums, 0, deltaSums.length);
        return statistics;
    }

    /** Back to nothing seen. */
    public void clear() {
        lossSum = 0.0;
        correct = 0;
        rows = 0;
        Arrays.fill(deltaSums, 0.0);
        lastLoss = Double.NaN;
    }

    /**
     * Counts one batch.
     *
     * @param meanLoss the batch's mean loss
     * @param rows     its examples
     * @param correct  its correctly classified examples
     */
    void addBatch(double meanLoss, int rows, long correct) {
        this.lossSum += meanLoss * rows;
        this.rows += rows;
        this.correct += correct;
        this.lastLoss = meanLoss;
    }

    /** Adds {@code sum}, the sum of |delta| of a batch in the 0-based layer {@code layer}. */
    void addDeltas(int layer, double sum) {
        deltaSums[layer] += sum;
    }

    /**
     * Adds another part's statistics into this one and returns this; {@link #lastLoss()} becomes
     * the other part's mean loss.
     */
    public StepStatistics add(StepStatistics other) {
        lossSum += other.lossSum;
        correct += other.correct;
        rows += other.rows;
        for (int l = 0; l < deltaSums.length; l++) {
            deltaSums[l] += other.deltaSums[l];
        }
        lastLoss = other.rows == 0 ? Double.NaN : other.lossSum / other.rows;
        return this;
    }

    /** The examples seen. */
    public long rows() {
        return rows;
    }

    /** The correctly classified examples seen. */
    public long correct() {
        return correct;
    }

    /** Per layer (index 0 = layer 1), the sums of |delta|, copied. */
    public double[] deltaSums() {
        return deltaSums.clone();
    }

    /** The loss summed over the examples seen. */
    public double lossSum() {
        return lossSum;
    }

    /** The mean loss of the batch or merged part counted last: what listeners see per step. */
    public double lastLoss() {
        return lastLoss;
    }

    /** Mean loss and accuracy over the examples seen. */
    public Metrics metrics() {
        return new Metrics(lossSum / rows, (double) correct / rows);
    }

    /** Per layer (index 0 = layer 1), the sum of |delta| over the examples seen. */
    public double deltaSum(int layer) {
        return deltaSums[layer];
    }

    /** Per layer (index 0 = layer 1), the mean |delta| over every example seen and unit. */
    public double[] meanAbsDelta(Network network) {
        double[] means = new double[deltaSums.length];
        for (int l = 0; l < means.length; l++) {
            means[l] = deltaSums[l] / ((double) rows * network.layer(l + 1).units());
        }
        return means;
    }
}
