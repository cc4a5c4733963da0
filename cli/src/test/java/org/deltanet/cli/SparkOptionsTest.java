package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --master}, {@code --conf} and the {@code spark:} section: malformed settings are
 * command-line or configuration errors before Spark starts, an unreachable master is a cluster
 * error (exit 9) with one line, and a run directory that exists by then is marked failed.
 */
class SparkOptionsTest {

    @TempDir
    Path folder;

    @Test
    void helpShowsMasterAndConfOnTrainAndSweep() {
        for (String command : List.of("train", "sweep")) {
            CapturedRun cli = CapturedRun.of(command, "--help");
            assertTrue(cli.out().contains("--master=URL") && cli.out().contains("--conf=spark.KEY=VALUE"), cli.out());
        }
    }

    @Test
    void aMalformedMasterOrConfIsACommandLineError() {
        CapturedRun master = CapturedRun.of("train", EXAMPLES.resolve("xor.yaml"), "--master", "spark:/head");
        assertEquals(ExitCode.USAGE.code(), master.exitCode(), master::toString);
        assertTrue(
                master.err().startsWith("deltanet: --master: 'spark:/head' is not a Spark master URL"), master.err());

        CapturedRun conf = CapturedRun.of("sweep", EXAMPLES.resolve("iris-sweep.yaml"), "--conf", "executor.memory=2g");
        assertEquals(ExitCode.USAGE.code(), conf.exitCode(), conf::toString);
        assertTrue(conf.err().contains("expected spark.KEY=VALUE"), conf.err());
    }

    @Test
    void aSparkSectionKeyThatIsNotASparkSettingIsAConfigurationError() throws IOException {
        Path file = folder.resolve("xor.yaml");
        Files.writeString(file, Files.readString(EXAMPLES.resolve("xor.yaml")) + "\nspark: { executor.memory: 2g }\n");

        CapturedRun cli = CapturedRun.of("train", file, "--output", folder.resolve("runs"));

        assertEquals(ExitCode.CONFIG.code(), cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("starting with 'spark.'"), cli.err());
        assertFalse(Files.exists(folder.resolve("runs")), "nothing created");
    }

    @Test
    void anUnreachableMasterIsAClusterErrorInOneLineAndLeavesNoSweepDirectory() throws IOException {
        String master = "spark://127.0.0.1:" + closedPort();

        CapturedRun cli = CapturedRun.of(
                "sweep", EXAMPLES.resolve("iris-sweep.yaml"), "--master", master, "--output", folder.resolve("runs"));

        assertEquals(ExitCode.CLUSTER.code(), cli.exitCode(), cli::toString);
        assertEquals(
                List.of("deltanet: cannot reach the Spark master " + master + ": " + master.substring(8)
                        + " refused the connection; check that the Master runs (sbin/start-master.sh prints its URL) and "
                        + "that this host can reach it at that host and port"),
                cli.messages());
        assertFalse(cli.hasStackTrace(), cli.err());
        assertFalse(Files.exists(folder.resolve("runs")), "the sweep stopped before creating its directory");
    }

    @Test
    void distributedTrainingOnAnUnreachableMasterMarksItsRunFailed() throws IOException {
        Path file = folder.resolve("iris.yaml");
        Files.writeString(
                file,
                Files.readString(EXAMPLES.resolve("iris.yaml")).replace("data/", EXAMPLES.resolve("data") + "/")
                        + "\nspark: { spark.master: 'spark://127.0.0.1:" + closedPort() + "' }\n");

        CapturedRun cli = CapturedRun.of(
                "train", file, "--output", folder.resolve("runs"), "--set", "training.distributed.workers=2");

        assertEquals(ExitCode.CLUSTER.code(), cli.exitCode(), cli::toString);
        Path run = cli.runDirectory();
        assertTrue(Files.readString(run.resolve("STATUS")).startsWith("failed: cannot reach the Spark master"));
    }

    @Test
    void aMalformedMasterInTheSparkSectionIsAConfigErrorAtItsLineThatValidateFindsToo() throws IOException {
        Path file = folder.resolve("iris.yaml");
        String text = Files.readString(EXAMPLES.resolve("iris.yaml")).replace("data/", EXAMPLES.resolve("data") + "/")
                + "\nspark:\n  spark.master: 'bogus://x'\n";
        Files.writeString(file, text);
        int line = (int) text.lines().count();

        for (String command : List.of("validate", "train")) {
            CapturedRun cli = command.equals("validate")
                    ? CapturedRun.of(command, file)
                    : CapturedRun.of(command, file, "--output", folder.resolve("runs"));

            assertEquals(ExitCode.CONFIG.code(), cli.exitCode(), cli::toString);
            assertEquals(
                    List.of("deltanet: " + file + ":" + line + ":3: 'bogus://x' is not a Spark master URL: use local,"
                            + " local[N], local[*], local[N,TRIES], spark://HOST:PORT, yarn or k8s://..."),
                    cli.messages(),
                    command);
            assertFalse(Files.exists(folder.resolve("runs")), command + " created no run directory");
        }
    }

    /**
     * Spark refuses a heap under 450 MiB; the command says so in one line, with what to set, before
     * Spark starts (in its own JVM: the heap is the JVM's).
     */
    @Test
    void aHeapTooSmallForSparkIsAConfigurationErrorInOneLine() throws Exception {
        Path runs = folder.resolve("runs");
        Process sweep = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx400m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "sweep",
                        EXAMPLES.resolve("iris-sweep.yaml").toString(),
                        "--output",
                        runs.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(sweep.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(sweep.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), output);
        assertEquals(ExitCode.CONFIG.code(), sweep.exitValue(), output);
        assertTrue(
                output.matches(
                        "deltanet: Spark needs a Java heap of at least 450\\.0 MB, and this JVM has \\d+\\.\\d MB; give"
                                + " Java more, e\\.g\\. DELTANET_HEAP=1g \\(the deltanet launcher's default is 2g\\)\\n"),
                output);
        assertFalse(Files.exists(runs), "no sweep directory");
    }

    /** An executor memory Spark would refuse, or one that is not a size, is refused in one line first. */
    @Test
    void anExecutorMemoryTooSmallOrMalformedIsAConfigurationErrorInOneLine() {
        for (String memory : List.of("256m", "lots")) {
            CapturedRun cli = CapturedRun.of(
                    "sweep",
                    EXAMPLES.resolve("iris-sweep.yaml"),
                    "--conf",
                    "spark.executor.memory=" + memory,
                    "--output",
                    folder.resolve("runs"));

            assertEquals(ExitCode.CONFIG.code(), cli.exitCode(), cli::toString);
            assertEquals(
                    List.of(
                            memory.equals("lots")
                                    ? "deltanet: spark.executor.memory: 'lots' is not a size; e.g. 2g or 512m"
                                    : "deltanet: spark.executor.memory: 256m is less than the 450.0 MB Spark needs; use 512m or"
                                            + " more"),
                    cli.messages(),
                    cli::toString);
            assertFalse(Files.exists(folder.resolve("runs")), "no sweep directory");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
