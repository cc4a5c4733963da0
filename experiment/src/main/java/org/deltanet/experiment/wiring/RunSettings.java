package org.deltanet.experiment.wiring;

import java.io.PrintStream;
import java.util.List;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.TrainingPosition;
import org.deltanet.rundir.ProgressListener;

/**
 * What a run needs besides its config: where progress goes and where training starts.
 *
 * @param console         where progress is printed
 * @param progressStyle   a redrawn bar on a terminal, one line per epoch otherwise
 * @param initialModel    a network to start from instead of building one (initial weights, or a
 *                        checkpoint's network when resuming), or null
 * @param position        where training starts: after 0 epochs, or where a checkpoint was taken
 * @param optimizerState  the optimizer state to continue with (fresh unless resuming)
 * @param initialClasses  the classes the initial model's outputs stand for, in order (empty when
 *                        it records none, or without an initial model)
 * @param threads         how many threads the run's matrix kernels may use, at least 1: {@link
 *                        Kernels#defaultThreads()} for a run of its own, the task's cores for a
 *                        sweep's variant (which shares the machine with the other variants)
 */
public record RunSettings(
        PrintStream console,
        ProgressListener.Style progressStyle,
        Network initialModel,
        TrainingPosition position,
        OptimizerState optimizerState,
        List<String> initialClasses,
        int threads) {

    public RunSettings {
        initialClasses = List.copyOf(initialClasses);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Epochs already done (0 unless resuming). */
    public int completedEpochs() {
        return position.completedEpochs();
    }

    /** A fresh run from the config's own network, its kernels on {@code threads} threads. */
    public static RunSettings fresh(PrintStream console, ProgressListener.Style style, int threads) {
        return new RunSettings(
                console, style, null, TrainingPosition.after(0), new OptimizerState(), List.of(), threads);
    }
}
