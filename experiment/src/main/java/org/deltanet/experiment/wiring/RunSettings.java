package org.deltanet.experiment.wiring;

import java.io.PrintStream;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Network;
import org.deltanet.experiment.run.ProgressListener;
import org.deltanet.experiment.run.RunDirectory;

/**
 * What a run needs besides its config: where it writes, where progress goes, and where it starts.
 *
 * @param run             the run directory (null when only validating)
 * @param console         where progress is printed
 * @param progressStyle   a redrawn bar on a terminal, one line per epoch otherwise
 * @param initialModel    a network to start from instead of building one (initial weights, or a
 *                        checkpoint's network when resuming), or null
 * @param completedEpochs epochs already done (0 unless resuming)
 * @param optimizerState  the optimizer state to continue with (fresh unless resuming)
 */
public record RunSettings(RunDirectory run, PrintStream console, ProgressListener.Style progressStyle,
                          Network initialModel, int completedEpochs, OptimizerState optimizerState) {

    /** Settings for checking a config without running it. */
    public static RunSettings validationOnly(PrintStream console) {
        return new RunSettings(null, console, ProgressListener.Style.PLAIN, null, 0, new OptimizerState());
    }
}
