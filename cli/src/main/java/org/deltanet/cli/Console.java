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

    /** A runner that records {@code command} (the command line, e.g. {@code deltanet train xor.yaml}) in its runs. */
    static ExperimentRunner runner(PrintStream out, PluginOptions plugins, String command) {
        return new ExperimentRunner(out, ProgressListener.Style.detect(), plugins.loader(), command);
    }
}
