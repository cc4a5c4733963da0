package org.deltanet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deltanet.experiment.session.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code deltanet validate}: checks an experiment without training it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Check an experiment file: keys and values, plugins, data files, and that the layer sizes fit "
                + "the data. Trains nothing and writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The experiment file (YAML).")
    Path file;

    @Mixin
    OverrideOptions overrides;

    @Mixin
    PluginOptions pluginOptions;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        ExperimentRunner runner = Console.runner(System.out, pluginOptions);
        System.out.println(Experiments.wire(runner, file, overrides.list(), runner::validate));
        System.out.println(file + " is valid");
        return ExitCode.OK.code();
    }
}
