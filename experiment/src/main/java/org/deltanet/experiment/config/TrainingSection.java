package org.deltanet.experiment.config;

/**
 * How to train.
 *
 * @param mode            {@code batch}, {@code stochastic} or {@code mini-batch} (default)
 * @param batchSize       examples per step in mini-batch mode; default 32
 * @param epochs          passes over the training data; default 10
 * @param shuffle         whether each epoch visits the examples in a fresh seeded order; default true
 * @param earlyStopping   optional early stopping on a metric
 * @param checkpointEvery write a checkpoint every this many epochs (0 = never); default 1
 * @param keepLast        how many of the newest checkpoints to keep; older ones are removed; default 3
 * @param distributed     data-parallel training on Spark; null (default) trains on this machine
 */
public record TrainingSection(
        Mode mode,
        Integer batchSize,
        Integer epochs,
        Boolean shuffle,
        EarlyStoppingConfig earlyStopping,
        Integer checkpointEvery,
        Integer keepLast,
        DistributedConfig distributed) {

    public TrainingSection {
        mode = mode == null ? Mode.MINI_BATCH : mode;
        batchSize = batchSize == null ? 32 : batchSize;
        Checks.atLeast(batchSize, 1, "batch-size");
        epochs = epochs == null ? 10 : epochs;
        Checks.atLeast(epochs, 1, "epochs");
        shuffle = shuffle == null ? Boolean.TRUE : shuffle;
        checkpointEvery = checkpointEvery == null ? 1 : checkpointEvery;
        Checks.atLeast(checkpointEvery, 0, "checkpoint-every");
        keepLast = keepLast == null ? 3 : keepLast;
        Checks.atLeast(keepLast, 1, "keep-last");
        Checks.require(
                distributed == null || mode != Mode.STOCHASTIC,
                "distributed",
                "splits each mini-batch across workers: use mode mini-batch or batch, not stochastic");
    }

    static TrainingSection defaults() {
        return new TrainingSection(null, null, null, null, null, null, null, null);
    }
}
