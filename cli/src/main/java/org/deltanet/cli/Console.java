package org.deltanet.cli;

import java.io.PrintStream;
import org.deltanet.experiment.session.ExperimentRunner;
import org.deltanet.rundir.ProgressListener;

/** Builds the experiment runner every command uses: standard output, progress style, plugins. */
final class Console {

    private Console() {}

    static ExperimentRunner runner(PrintStream out, PluginOptions plugins) {
        return new ExperimentRunner(out, ProgressListener.Style.detect(), plugins.loader());
    }
}
