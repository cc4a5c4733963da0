/**
 * Data-parallel training on Spark ({@code training.distributed}): the training examples are split
 * across partitions ({@link org.deltanet.spark.distributed.Shard}); every round the driver
 * broadcasts the parameters as one flat vector ({@link org.deltanet.spark.distributed.ParameterVector}),
 * each partition works on its part of the round's mini-batches
 * ({@link org.deltanet.spark.distributed.Worker}), a tree aggregation sums their
 * {@link org.deltanet.spark.distributed.RoundSum}s, and the driver's
 * {@link org.deltanet.spark.distributed.DistributedTrainer} takes the step. It replaces the
 * single-machine trainer through {@link org.deltanet.spark.distributed.DistributedExtension}.
 */
package org.deltanet.spark.distributed;
