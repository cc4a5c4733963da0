package org.deltanet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.deltanet.dashboard.Catalog;
import org.deltanet.dashboard.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code deltanet dashboard}: a read-only local web page of the runs and sweeps in some folders. */
@Command(
        name = "dashboard",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Serve a read-only web dashboard of the runs and sweeps in DIR (default ./runs) on this "
                    + "machine: all runs, one run's curves, compare runs, sweeps; live while runs train. Ctrl-C stops it."
        })
final class DashboardCommand implements Callable<Integer> {

    static final String LOOPBACK = "127.0.0.1";

    @Parameters(
            paramLabel = "DIR",
            arity = "0..*",
            description = "Folders of run directories (default ./runs), or runs.")
    List<Path> directories = new ArrayList<>();

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8765",
            description = "The port (default 8765; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = LOOPBACK,
            description = "The address to listen on (default 127.0.0.1, this machine only). Another address "
                    + "shows your runs to the network.")
    String host;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<Path> roots = directories.isEmpty() ? List.of(Path.of("runs")) : directories;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new ParameterException(
                        spec.commandLine(),
                        root + ": no such folder; give the folder that "
                                + "train writes runs into, e.g. deltanet dashboard runs");
            }
        }
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + ": expected 0 to 65535");
        }
        if (!host.equals(LOOPBACK) && !host.equals("localhost") && !host.equals("::1")) {
            System.err.println("deltanet: warning: --host " + host + " lets other machines read these runs "
                    + "(the dashboard has no login); use it only on a network you trust");
        }
        DashboardServer server = start(new Catalog(roots));
        System.out.println("deltanet: dashboard at " + server.url() + " (Ctrl-C stops it)");
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
        return ExitCode.OK.code();
    }

    private DashboardServer start(Catalog catalog) {
        try {
            return DashboardServer.start(catalog, host, port);
        } catch (BindException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "cannot listen on " + host + ":" + port + " (" + e.getMessage()
                            + "); pick another with --port, or --port 0 for any free one");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot start the dashboard on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }
}
