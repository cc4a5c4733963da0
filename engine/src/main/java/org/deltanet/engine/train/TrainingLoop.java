package org.deltanet.engine.train;

import java.util.List;
import java.util.Optional;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.data.Dataset;
import org.deltanet.engine.math.FloatKernels;

/**
 * Trains a network over epochs, reporting to listeners: {@link Trainer} on one machine, or a loop
 * that spreads each step over several machines. Whoever runs an experiment asks for a loop, not
 * for a particular one.
 */
public interface TrainingLoop {

    /**
     * The float kernels a float32 loop computes its products with, for the run to choose (measure
     * or adopt) and announce; empty for a float64 loop.
     */
    default Optional<FloatKernels> floatKernels() {
        return Optional.empty();
    }

    /**
     * Continues a run after {@code completedEpochs} epochs (0 for a fresh run), with the optimizer
     * state saved then; the network must hold the weights saved then.
     *
     * @param validation may be null
     */
    default TrainingResult resume(
            Dataset training,
            Dataset validation,
            List<TrainingListener> listeners,
            OptimizerState state,
            int completedEpochs) {
        return resume(training, validation, listeners, state, TrainingPosition.after(completedEpochs));
    }

    /**
     * Continues a run from a position between two steps (an epoch boundary, or inside an epoch
     * where an interrupt stopped it), with the optimizer state saved there; the network must hold
     * the weights saved there. Stops between steps when a listener's
     * {@link TrainingListener#stopRequested()} says so; the result then tells where.
     *
     * @param validation may be null
     */
    TrainingResult resume(
            Dataset training,
            Dataset validation,
            List<TrainingListener> listeners,
            OptimizerState state,
            TrainingPosition from);
}
