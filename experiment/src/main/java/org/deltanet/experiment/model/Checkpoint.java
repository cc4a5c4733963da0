package org.deltanet.experiment.model;

import java.util.Objects;
import org.deltanet.api.OptimizerState;

/**
 * A training run's state after an epoch, from which it can continue exactly.
 *
 * @param model          the model after the epoch
 * @param epoch          the number of epochs completed
 * @param optimizerState the optimizer's step count and buffers after the epoch
 */
public record Checkpoint(Model model, int epoch, OptimizerState optimizerState) {

    public Checkpoint {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(optimizerState, "optimizerState");
        if (epoch < 0) {
            throw new IllegalArgumentException("completed epochs cannot be negative, got " + epoch);
        }
    }
}
