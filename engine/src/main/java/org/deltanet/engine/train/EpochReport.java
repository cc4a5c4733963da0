package org.deltanet.engine.train;

import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Network;

/**
 * What one epoch did, handed to every {@link TrainingListener}.
 *
 * @param epoch          1-based number of the epoch just finished
 * @param epochs         the configured number of epochs
 * @param steps          optimizer steps taken so far in this run, all epochs
 * @param training       mean loss and accuracy over this epoch's batches (weights as they were at
 *                       each step)
 * @param validation     loss and accuracy on the validation set after the epoch, or null without one
 * @param meanAbsDelta   per layer (index 0 = layer 1), the mean |delta| over every example and unit
 *                       of the epoch: where vanishing gradients show
 * @param learningRate   the optimizer's learning rate
 * @param penalty        the weight penalty (L1/L2) of the network after the epoch, or NaN where the
 *                       run has none; {@code training.loss()} is the data loss without it
 * @param seconds        wall time of the epoch
 * @param network        the network after the epoch (live; listeners must not modify it)
 * @param optimizerState the optimizer state after the epoch (live; listeners must not modify it)
 */
public record EpochReport(
        int epoch,
        int epochs,
        long steps,
        Metrics training,
        Metrics validation,
        double[] meanAbsDelta,
        double learningRate,
        double penalty,
        double seconds,
        Network network,
        OptimizerState optimizerState) {}
