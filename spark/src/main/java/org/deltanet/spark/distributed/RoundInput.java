package org.deltanet.spark.distributed;

import java.io.Serializable;
import java.util.Map;

/**
 * What the driver broadcasts to every worker for one round.
 *
 * @param parameters     the network's parameters, laid out by {@link ParameterVector}
 * @param step           the optimizer steps taken so far
 * @param optimizerState the optimizer state's snapshot when workers take steps of their own (sync
 *                       every K &gt; 1), else null
 * @param epoch          1-based epoch, which fixes the order of the examples
 * @param firstBatch     0-based index of the round's first mini-batch within the epoch
 * @param batches        the round's mini-batches: K, or fewer at the end of an epoch
 */
record RoundInput(
        double[] parameters, long step, Map<String, double[]> optimizerState, int epoch, int firstBatch, int batches)
        implements Serializable {}
