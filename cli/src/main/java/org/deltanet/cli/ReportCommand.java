package org.deltanet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deltanet.dashboard.Report;
import org.deltanet.dashboard.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deltanet report}: (re)writes a run's or sweep's self-contained {@code report.html}. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Write DIR/report.html: the dashboard's pages for this run or sweep in one file that opens "
                    + "in a browser without a server or a network. Every run and sweep writes it when it ends."
        })
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR|SWEEP_DIR", description = "A run or sweep directory.")
    Path directory;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!RunFolder.isRun(directory)) {
            throw new ParameterException(
                    spec.commandLine(),
                    directory + ": not a run or sweep directory (it has no " + RunFolder.STATUS
                            + " file); give the directory train or sweep printed, e.g. runs/xor-20261206-120000");
        }
        try {
            System.out.println("deltanet: report " + Report.write(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(Report.FILE) + ": " + e.getMessage(), e);
        }
        return ExitCode.OK.code();
    }
}
