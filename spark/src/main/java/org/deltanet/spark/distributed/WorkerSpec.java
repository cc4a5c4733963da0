package org.deltanet.spark.distributed;

import java.io.Serializable;
import java.util.List;
import org.deltanet.engine.regularize.Regularization;

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
 * @param regularization what the run's steps add (class weights resolved on the driver); with
 *                     sync-every 1 the workers add the penalty's gradient and draw the dropout
 *                     masks of their rows' places in each batch, and the driver clips the mean
 * @param float32      whether workers compute in single precision ({@code precision: float32})
 * @param kernelRecord the driver's kernel choices, as {@code checkpoints/kernels.txt} records them:
 *                     each worker computes a product with the kernel chosen for its shape or the
 *                     nearest recorded one ({@link org.deltanet.engine.math.Kernels#recorded}), so
 *                     that a resumed run, or a task started again elsewhere, computes as the run did
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
        int syncEvery,
        Regularization regularization,
        boolean float32,
        List<String> kernelRecord)
        implements Serializable {}
