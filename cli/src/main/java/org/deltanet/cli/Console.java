package org.deltanet.cli;

import java.io.PrintStream;
import java.util.List;
import org.deltanet.experiment.run.ProgressListener;
import org.deltanet.experiment.session.ExperimentRunner;

/** Builds the experiment runner every command uses: standard output, progress style, plugin loaders. */
final class Console {

    private Console() {
    }

    static ExperimentRunner runner(PrintStream out) {
        return new ExperimentRunner(out, ProgressListener.Style.detect(), List.of(Console.class.getClassLoader()));
    }
}
