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
 * @param regularization  L1/L2 weight penalties of every layer (a layer may override them); null
 *                        (default) for none
 * @param clipNorm        clip the gradients' global norm to this, above 0; null (default) for no
 *                        clipping by norm
 * @param clipValue       clip every gradient entry into [-value, value], above 0; null (default) for
 *                        no clipping by value
 * @param classWeights    the weight of each class's examples in the training loss; null (default)
 *                        for 1 each
 */
public record TrainingSection(
        Mode mode,
        Integer batchSize,
        Integer epochs,
        Boolean shuffle,
        EarlyStoppingConfig earlyStopping,
        Integer checkpointEvery,
        Integer keepLast,
        DistributedConfig distributed,
        RegularizationConfig regularization,
        Double clipNorm,
        Double clipValue,
        ClassWeights classWeights) {

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
        Checks.require(
                clipNorm == null || (clipNorm > 0.0 && Double.isFinite(clipNorm)),
                "clip-norm",
                "must be above 0 (the largest global gradient norm), got " + clipNorm);
        Checks.require(
                clipValue == null || (clipValue > 0.0 && Double.isFinite(clipValue)),
                "clip-value",
                "must be above 0 (the largest |gradient entry|), got " + clipValue);
    }

    static TrainingSection defaults() {
        return new TrainingSection(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
