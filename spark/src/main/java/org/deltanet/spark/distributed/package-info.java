/**
 * Data-parallel training on Spark ({@code training.distributed}): the training examples are split
 * into shards ({@link org.deltanet.spark.distributed.Shard}); ONE Spark job per run, of long-lived
 * {@link org.deltanet.spark.distributed.WorkerTask}s that all run at once, works them. Every round the
 * driver's {@link org.deltanet.spark.distributed.Coordinator} sends the parameters as one flat
 * vector ({@link org.deltanet.spark.distributed.ParameterVector}) to every task over a TCP
 * connection of its own, each shard's {@link org.deltanet.spark.distributed.Worker} works its part
 * of the round's mini-batches and answers a {@link org.deltanet.spark.distributed.RoundSum}, and
 * the driver's {@link org.deltanet.spark.distributed.DistributedTrainer} sums them and takes the
 * step. It replaces the single-machine trainer through
 * {@link org.deltanet.spark.distributed.DistributedExtension}.
 */
package org.deltanet.spark.distributed;
