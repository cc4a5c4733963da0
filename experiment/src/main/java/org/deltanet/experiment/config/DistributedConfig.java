package org.deltanet.experiment.config;

/**
 * The {@code training.distributed} section: data-parallel training on Spark. The training data is
 * split across {@code workers} partitions; every round each worker works on its part of the
 * mini-batch and the driver combines the results.
 *
 * @param workers   partitions of the training data, at least 2; default 2
 * @param syncEvery 1 (default): every step the workers' gradients are averaged and the driver takes
 *                  the optimizer step, exactly as one machine training on the whole mini-batch;
 *                  K &gt; 1: each worker takes K steps of its own, then the parameters (and optimizer
 *                  state) are averaged
 */
public record DistributedConfig(Integer workers, Integer syncEvery) {

    public DistributedConfig {
        workers = workers == null ? 2 : workers;
        Checks.atLeast(workers, 2, "workers");
        syncEvery = syncEvery == null ? 1 : syncEvery;
        Checks.atLeast(syncEvery, 1, "sync-every");
    }
}
