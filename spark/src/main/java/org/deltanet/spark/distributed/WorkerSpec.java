package org.deltanet.spark.distributed;

import java.io.Serializable;

/**
 * What a worker needs to rebuild the experiment's network, loss and optimizer on an executor and
 * to find its examples of each mini-batch; broadcast once per training run.
 *
 * @param experiment   the resolved experiment as YAML
 * @param featureCount features per example
 * @param targetCount  targets per example
 * @param examples     training examples in all
 * @param batchSize    examples per mini-batch, all workers together
 * @param shuffle      whether each epoch shuffles the examples
 * @param seed         the seed of the shuffle
 * @param epochs       the configured epochs
 * @param syncEvery    1: workers send gradients; K &gt; 1: workers take K steps, then send parameters
 */
record WorkerSpec(
        String experiment,
        int featureCount,
        int targetCount,
        int examples,
        int batchSize,
        boolean shuffle,
        long seed,
        int epochs,
        int syncEvery)
        implements Serializable {}
