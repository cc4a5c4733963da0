package org.deltanet.spark.distributed;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deltanet.engine.train.StepStatistics;

/**
 * What the workers send back for one round, summed over them by a tree aggregation. The vector is
 * the sum over examples of the gradient (sync every step) or of the worker's parameters after its
 * steps (sync every K &gt; 1), likewise the optimizer state; dividing by the statistics' rows
 * averages them over every example of the round. A worker whose step diverged, or which failed
 * otherwise (a plugin that threw), sends the exception, which the driver throws.
 */
final class RoundSum implements Serializable {

    private static final long serialVersionUID = 1L;

    double[] vector;
    Map<String, double[]> optimizerState;
    StepStatistics statistics;
    RuntimeException failure;

    /** Adds another sum into this one and returns this. */
    RoundSum add(RoundSum other) {
        vector = sum(vector, other.vector);
        if (other.optimizerState != null) {
            if (optimizerState == null) {
                optimizerState = new LinkedHashMap<>();
            }
            other.optimizerState.forEach((key, values) -> optimizerState.merge(key, values, RoundSum::sum));
        }
        if (other.statistics != null) {
            statistics = statistics == null ? other.statistics : statistics.add(other.statistics);
        }
        if (failure == null) {
            failure = other.failure;
        }
        return this;
    }

    /** A worker's answer that is its failure. */
    static RoundSum failed(RuntimeException failure) {
        RoundSum sum = new RoundSum();
        sum.failure = failure;
        return sum;
    }

    /** The examples the round covered. */
    long rows() {
        return statistics == null ? 0 : statistics.rows();
    }

    /** {@code a + b} element-wise, in {@code a} when it exists; either may be null. */
    private static double[] sum(double[] a, double[] b) {
        if (a == null) {
            return b == null ? null : b.clone();
        }
        if (b != null) {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
        }
        return a;
    }
}
