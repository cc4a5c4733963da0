package org.deltanet.experiment.model;

import java.util.Objects;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.train.TrainingPosition;

/**
 * A training run's state between two steps (after an epoch, or inside one where an interrupt
 * stopped it), from which it can continue exactly.
 *
 * @param model          the model at that point
 * @param epoch          the number of epochs completed
 * @param optimizerState the optimizer's step count and buffers at that point
 * @param position       where the run stands: {@code epoch} epochs and the steps taken in the next
 */
public record Checkpoint(Model model, int epoch, OptimizerState optimizerState, TrainingPosition position) {

    public Checkpoint {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(optimizerState, "optimizerState");
        if (epoch < 0) {
            throw new IllegalArgumentException("completed epochs cannot be negative, got " + epoch);
        }
        position = position == null ? TrainingPosition.after(epoch) : position;
        if (position.completedEpochs() != epoch) {
            throw new IllegalArgumentException(
                    "the position is after " + position.completedEpochs() + " epochs, not " + epoch);
        }
    }

    /** A checkpoint at the end of epoch {@code epoch}. */
    public Checkpoint(Model model, int epoch, OptimizerState optimizerState) {
        this(model, epoch, optimizerState, null);
    }
}
