package org.deltanet.cli;

import static org.deltanet.cli.Repository.EXAMPLES;
import static org.deltanet.cli.Repository.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deltanet.engine.math.Kernels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * deltanet on a real Spark standalone cluster of separate JVMs (Maven profile {@code cluster}, run
 * by {@code .ci/run}): a Master and two Workers with one core each, the second in a mount
 * namespace where a tmpfs hides the repository (the driver's data, plugin jars and output folder).
 * The driver is the built {@code deltanet.jar}, started as a user starts it. A sweep with a plugin
 * jar runs on both Workers (the first, which sees the driver's sweep directory, hands its run
 * directories over there on disk, the second sends them as bytes); a sweep and a data-parallel training (in float32) read a data format
 * from a plugin jar on both; a data-parallel training with L2, clipping and dropout runs; a Worker
 * is killed during a sweep, and every variant must still be ranked, with every run directory whole
 * on the driver's side. Then the cluster's failures: an application killed on the Master's web UI,
 * a Master killed during a run, and a Master without Workers each end the command with exit code
 * 9, one line saying what happened, and the run directory marked {@code failed: ...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path DELTANET_JAR = ROOT.resolve("cli/target/deltanet.jar");
    private static final Path SWISH_JAR = EXAMPLES.resolve("plugins/swish/target/swish.jar");
    private static final Duration DRIVER_LIMIT = Duration.ofMinutes(3);
    /** The Spark settings of a driver on 127.0.0.1, for the end of an experiment file. */
    private static final String SPARK =
            """
            spark:
              spark.driver.host: 127.0.0.1
              spark.driver.bindAddress: 127.0.0.1
              spark.executor.memory: 512m
              spark.ui.enabled: false
            """;

    private StandaloneCluster cluster;
    private String master;
    private Path output;
    private Path folder;

    @BeforeAll
    void startCluster() throws IOException, InterruptedException {
        assumeTrue(System.getProperty("deltanet.spark.home") != null, "the cluster test runs with -Pcluster");
        long started = System.nanoTime();
        output = ROOT.resolve("cli/target/cluster-it");
        deleteTree(output);
        Files.createDirectories(output);
        folder = Files.createTempDirectory("deltanet-cluster-");
        List<String> jvmOptions = Arrays.asList(
                System.getProperty("deltanet.spark.jvm.options").trim().split("\\s+"));
        cluster = new StandaloneCluster(Path.of(System.getProperty("deltanet.spark.home")), folder, jvmOptions);
        master = cluster.startMaster();
        cluster.startWorker(List.of());
        cluster.startWorker(List.of(ROOT));
        System.out.printf(
                "cluster: master %s and two workers up in %.1f s (logs in %s)%n", master, seconds(started), folder);
    }

    @AfterAll
    void stopCluster() throws IOException {
        Driver.STARTED.forEach(driver -> driver.process().descendants().forEach(ProcessHandle::destroyForcibly));
        Driver.STARTED.forEach(driver -> driver.process().destroyForcibly());
        if (cluster != null) {
            cluster.close();
        }
        if (folder != null) {
            deleteTree(folder);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    @Order(1)
    void aSweepWithAPluginJarRunsOnBothWorkersAndOnlyTheDriverWrites() throws Exception {
        Path file = experiment("swish-sweep", 20, "0.03, 0.01, 0.003, 0.001", "{ name: swish, beta: 1.0 }");
        Path runs = output.resolve("swish-sweep");

        Driver driver = Driver.start(output, "sweep", file, "--master", master, "--output", runs);
        driver.await(DRIVER_LIMIT);

        assertEquals(0, driver.exitCode(), driver::toString);
        Path sweep = onlySweepDirectory(runs);
        assertEveryVariantRankedAndWhole(sweep, 4, driver);
        String hidden = executorLogs(1);
        assertTrue(
                hidden.contains("Finished task"),
                "the Worker that cannot see the driver's files ran variants:\n" + hidden);
        assertTrue(
                hidden.contains("deltanet-spark-app.jar") && !hidden.contains("deltanet.jar from"),
                "executors get the Spark-free jar:\n" + hidden);
        assertTrue(
                hidden.contains(String.join("\" \"", Kernels.JVM_OPTIONS)),
                "executors start with the launcher's JVM options:\n" + hidden);
        assertEveryVariantMeasured(sweep, Kernels.best(1).name());
        // the Worker that sees the driver's sweep directory hands run directories over there on disk,
        // the other sends each as bytes in its task's result
        List<Long> handedOver = resultSizes(executorLogs(0));
        List<Long> sent = resultSizes(hidden);
        assertTrue(!handedOver.isEmpty() && handedOver.stream().allMatch(bytes -> bytes < 16 << 10), "" + handedOver);
        assertTrue(!sent.isEmpty() && sent.stream().allMatch(bytes -> bytes > 64 << 10), "" + sent);
        System.out.printf("cluster: sweep of 4 variants with a plugin jar in %.1f s%n", driver.seconds());
    }

    @Test
    @Order(2)
    void aDataFormatFromAJarIsReadBySweepVariantsAndDataParallelWorkersOnBothWorkers() throws Exception {
        Path jars = Files.createDirectories(output.resolve("spirals-plugins"));
        Fixtures.example("spirals").writeTo(jars);
        Path file = Files.writeString(
                output.resolve("spirals-sweep.yaml"),
                DataFormatJarsTest.EXPERIMENT.replace("epochs: 400 }", "epochs: 30, checkpoint-every: 0 }")
                        + """
                plugins: ['%s']
                sweep:
                  parameters:
                    data.training.turns: [0.5, 0.75, 1.0, 1.25]
                  metric: training-loss
                """
                                .formatted(jars)
                        + SPARK);
        List<Path> earlier1 = applications(1);

        Driver sweep = Driver.start(output, "sweep", file, "--master", master, "--output", output.resolve("spirals"));
        sweep.await(DRIVER_LIMIT);

        assertEquals(0, sweep.exitCode(), sweep::toString);
        assertEveryVariantRankedAndWhole(onlySweepDirectory(output.resolve("spirals")), 4, sweep);
        assertTrue(
                executorLogs(1, earlier1).contains("Finished task"),
                "the Worker that cannot see the driver's jar ran variants: " + sweep);

        List<Path> earlier0 = applications(0);
        earlier1 = applications(1);
        Path runs = output.resolve("spirals-distributed");
        Driver distributed = Driver.start(
                output,
                "train",
                file,
                "--master",
                master,
                "--output",
                runs,
                "--set",
                "training.distributed.workers=2",
                "--set",
                "training.epochs=3",
                "--set",
                "precision=float32");
        distributed.await(DRIVER_LIMIT);

        assertEquals(0, distributed.exitCode(), distributed::toString);
        assertTrue(
                executorLogs(0, earlier0).contains("Running task")
                        && executorLogs(1, earlier1).contains("Running task"),
                "each Worker's executor ran one of the two workers' tasks: " + distributed);
        try (Stream<Path> listed = Files.list(runs)) {
            Path run = listed.findFirst().orElseThrow();
            assertEquals("complete", Files.readString(run.resolve("STATUS")).strip());
            assertTrue(Files.readString(run.resolve("model.yaml")).contains("precision: float32"));
        }
        System.out.printf(
                "cluster: a sweep of 4 variants on the spirals jar's format in %.1f s, data-parallel training on it"
                        + " in float32 in %.1f s%n",
                sweep.seconds(), distributed.seconds());
    }

    @Test
    @Order(3)
    void dataParallelTrainingRunsOnTheCluster() throws Exception {
        Path runs = output.resolve("distributed");

        List<Path> earlier0 = applications(0);
        List<Path> earlier1 = applications(1);

        Driver driver = distributedIris(
                master,
                runs,
                "--set",
                "training.epochs=3",
                "--set",
                "training.regularization.l2=0.01",
                "--set",
                "training.clip-norm=0.5",
                "--set",
                "model.layers[0].dropout=0.2");
        driver.await(DRIVER_LIMIT);

        assertTrue(
                executorLogs(0, earlier0).contains("Running task")
                        && executorLogs(1, earlier1).contains("Running task"),
                "each Worker's executor ran one of the two workers' tasks: " + driver);

        assertEquals(0, driver.exitCode(), driver::toString);
        try (Stream<Path> listed = Files.list(runs)) {
            Path run = listed.findFirst().orElseThrow();
            assertEquals("complete", Files.readString(run.resolve("STATUS")).strip());
            List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
            assertEquals(4, metrics.size(), "a header and three epochs");
            assertTrue(metrics.get(0).contains("train_penalty"), "the workers' steps were regularized: " + metrics);
        }
        System.out.printf(
                "cluster: data-parallel training with L2, clipping and dropout, 3 epochs on 2 workers (one task on"
                        + " each Worker), in %.1f s%n",
                driver.seconds());
    }

    @Test
    @Order(4)
    void aSweepSurvivesAKilledWorkerWithEveryVariantRankedAndNoOrphan() throws Exception {
        Path file = experiment("kill-sweep", 600, "0.05, 0.03, 0.02, 0.01, 0.005, 0.003", "tanh");
        Path runs = output.resolve("kill-sweep");
        List<Path> earlierApplications = applications(0);

        Driver driver = Driver.start(
                output, "sweep", file, "--master", master, "--output", runs, "--conf", "spark.task.maxFailures=4");
        long deadline = System.nanoTime() + DRIVER_LIMIT.toNanos();
        while (!executorLogs(0, earlierApplications).contains("Running task")
                && driver.alive()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(driver.alive(), "the sweep was still running when the Worker was to be killed: " + driver);
        cluster.killWorker(0);
        driver.await(DRIVER_LIMIT);

        assertEquals(0, driver.exitCode(), driver::toString);
        assertTrue(driver.toString().contains("Lost executor"), "the Worker died with its executor: " + driver);
        String killed = executorLogs(0, earlierApplications);
        assertFalse(killed.contains("Finished task"), "the killed executor finished nothing:\n" + killed);
        Path sweep = onlySweepDirectory(runs);
        assertEveryVariantRankedAndWhole(sweep, 6, driver);
        System.out.printf("cluster: sweep of 6 variants with a Worker killed during it in %.1f s%n", driver.seconds());
        System.out.print(Files.readString(sweep.resolve("results.txt")));
    }

    @Test
    @Order(5)
    void anApplicationKilledOnTheMastersWebUiEndsTheRunWithTheClusterExitCode() throws Exception {
        Path runs = output.resolve("killed");
        Driver driver = longDistributedTraining(master, runs);
        awaitEpochs(driver, runs);

        assertEquals(1, cluster.killApplications(), "the running application was killed");
        driver.await(DRIVER_LIMIT);

        assertClusterFailure(driver, runs, "stopped while it ran");
        System.out.printf("cluster: the killed application's driver ended in %.1f s%n", driver.seconds());
    }

    @Test
    @Order(6)
    void aMasterKilledDuringARunEndsItWithTheClusterExitCodeInsteadOfAHang() throws Exception {
        Path runs = output.resolve("master-killed");
        Driver driver = longDistributedTraining(master, runs);
        awaitEpochs(driver, runs);

        long killed = System.nanoTime();
        cluster.killMaster();
        driver.await(DRIVER_LIMIT);

        assertClusterFailure(driver, runs, "lost the Spark Master " + master);
        System.out.printf("cluster: the driver noticed the killed Master and ended %.1f s after it%n", seconds(killed));
    }

    @Test
    @Order(7)
    void aMasterWithoutLiveWorkersIsAClusterErrorWithinTheTimeout() throws Exception {
        String lonely = cluster.startMaster();
        Path runs = output.resolve("no-workers");

        Driver driver = distributedIris(lonely, runs, "--conf", "spark.deltanet.executorTimeout=8s");
        driver.await(DRIVER_LIMIT);

        assertClusterFailure(driver, runs, "no executor registered with " + lonely + " within 8 s");
        System.out.printf("cluster: a master without workers refused in %.1f s%n", driver.seconds());
    }

    /** Data-parallel training on Iris for far more epochs than a test waits for. */
    private Driver longDistributedTraining(String url, Path runs) throws IOException {
        return distributedIris(url, runs, "--set", "training.epochs=1000000", "--set", "training.checkpoint-every=0");
    }

    /** examples/iris.yaml trained by two data-parallel workers on the cluster at {@code url}. */
    private Driver distributedIris(String url, Path runs, String... more) throws IOException {
        List<Object> arguments = new ArrayList<>(List.of(
                "train",
                EXAMPLES.resolve("iris.yaml"),
                "--master",
                url,
                "--output",
                runs,
                "--set",
                "training.distributed.workers=2"));
        arguments.addAll(List.of(more));
        return Driver.start(output, arguments.toArray());
    }

    /** Waits until the run in {@code runs} has finished two epochs. */
    private static void awaitEpochs(Driver driver, Path runs) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DRIVER_LIMIT.toNanos();
        while (driver.alive() && System.nanoTime() < deadline) {
            if (Files.isDirectory(runs)) {
                try (Stream<Path> metrics = Files.walk(runs)) {
                    for (Path file :
                            metrics.filter(f -> f.endsWith("metrics.csv")).toList()) {
                        if (Files.readAllLines(file).size() > 2) {
                            return;
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the run did not get through two epochs: " + driver);
    }

    /** Exit 9, one line of message, and the run directory marked failed with it. */
    private static void assertClusterFailure(Driver driver, Path runs, String says) throws IOException {
        assertFalse(driver.alive(), "the driver hangs: " + driver);
        assertEquals(9, driver.exitCode(), driver::toString);
        String log = driver.toString();
        List<String> errors = log.lines()
                .filter(l -> l.startsWith("deltanet: ") && l.contains(says))
                .toList();
        assertEquals(1, errors.size(), "one line saying '" + says + "': " + log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
        try (Stream<Path> listed = Files.list(runs)) {
            Path run = listed.findFirst().orElseThrow();
            String status = Files.readString(run.resolve("STATUS")).strip();
            assertTrue(status.startsWith("failed: ") && status.contains(says), status);
        }
    }

    /**
     * examples/iris.yaml by absolute paths, with another hidden activation, the swish plugin jar, a
     * sweep over the learning rate, and the Spark settings of a driver on 127.0.0.1.
     */
    private Path experiment(String name, int epochs, String rates, String activation) throws IOException {
        Path file = output.resolve(name + ".yaml");
        String iris = Files.readString(EXAMPLES.resolve("iris.yaml"))
                .replace("name: iris", "name: " + name)
                .replace("file: data/", "file: " + EXAMPLES.resolve("data") + "/")
                .replace("{ units: 8, activation: tanh }", "{ units: 8, activation: " + activation + " }")
                .replace("epochs: 100", "epochs: " + epochs + "\n  checkpoint-every: 0");
        Files.writeString(
                file,
                iris
                        + """
                plugins: ['%s']
                sweep:
                  parameters:
                    optimizer.learning-rate: [%s]
                  metric: validation-loss
                """
                                .formatted(SWISH_JAR, rates)
                        + SPARK);
        return file;
    }

    private static void assertEveryVariantRankedAndWhole(Path sweep, int variants, Driver driver) throws IOException {
        assertEquals("complete", Files.readString(sweep.resolve("STATUS")).strip(), driver::toString);
        List<String> table = Files.readAllLines(sweep.resolve("results.txt"));
        assertEquals(variants + 1, table.size(), String.join("\n", table));
        for (int rank = 1; rank <= variants; rank++) {
            assertTrue(table.get(rank).strip().startsWith(rank + " "), "ranked: " + table.get(rank));
            assertTrue(table.get(rank).endsWith("complete"), table.get(rank));
        }
        List<Path> directories;
        try (Stream<Path> listed = Files.list(sweep)) {
            directories = listed.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(variants, directories.size(), "one run directory per variant and nothing else: " + directories);
        for (Path run : directories) {
            assertEquals("complete", Files.readString(run.resolve("STATUS")).strip(), run.toString());
            for (String whole : List.of("experiment.yaml", "metrics.csv", "summary.txt", "loss.png")) {
                assertTrue(
                        Files.size(run.resolve(whole)) > 0, run.resolve(whole).toString());
            }
            assertTrue(
                    Files.readString(run.resolve("summary.txt")).contains(run.toString()),
                    "the summary names the directory on the driver's side");
        }
    }

    /**
     * Each variant's summary names the kernels this JVM measures on one thread: each Worker's one
     * core runs one variant at a time, on its task's one thread, with the Vector API's kernels
     * where this JVM (started with the module, as the executors are) has them.
     */
    private static void assertEveryVariantMeasured(Path sweep, String kernels) throws IOException {
        try (Stream<Path> listed = Files.list(sweep)) {
            for (Path run : listed.filter(Files::isDirectory).toList()) {
                String kernel = Files.readAllLines(run.resolve("summary.txt")).stream()
                        .filter(line -> line.startsWith("kernel "))
                        .findFirst()
                        .orElseThrow();
                assertTrue(kernel.matches("kernel +" + Pattern.quote(kernels) + "(;.*)?"), kernel);
            }
        }
    }

    private static Path onlySweepDirectory(Path runs) throws IOException {
        try (Stream<Path> listed = Files.list(runs)) {
            List<Path> sweeps = listed.toList();
            assertEquals(1, sweeps.size(), sweeps.toString());
            return sweeps.get(0);
        }
    }

    /** The application folders in a Worker's work folder. */
    private List<Path> applications(int worker) throws IOException {
        Path work = cluster.workFolder(worker);
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(work)) {
            return listed.toList();
        }
    }

    /** Everything the executors of a Worker have logged, in every application. */
    private String executorLogs(int worker) throws IOException {
        return executorLogs(worker, List.of());
    }

    /** Everything the executors of a Worker have logged, in the applications not {@code leftOut}. */
    private String executorLogs(int worker, List<Path> leftOut) throws IOException {
        StringBuilder logs = new StringBuilder();
        for (Path application : applications(worker)) {
            if (leftOut.contains(application)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(application)) {
                for (Path log : files.filter(f -> f.getFileName().toString().equals("stderr"))
                        .toList()) {
                    logs.append(Files.readString(log));
                }
            }
        }
        return logs.toString();
    }

    /** The sizes of the task results an executor log reports, in bytes, in the order logged. */
    private static List<Long> resultSizes(String log) {
        Matcher sent = Pattern.compile("Finished task [^\\n]*?\\. (\\d+) bytes result sent")
                .matcher(log);
        List<Long> sizes = new ArrayList<>();
        while (sent.find()) {
            sizes.add(Long.parseLong(sent.group(1)));
        }
        return sizes;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The {@code deltanet} command as a user runs it ({@code java -jar deltanet.jar ...}), in its own JVM. */
    private record Driver(Process process, Path log, long started) {

        /** Every driver started, to be killed at the end if a failed step left one running. */
        static final List<Driver> STARTED = new ArrayList<>();

        static Driver start(Path folder, Object... arguments) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    "java", "-Xmx768m", "--add-modules", "jdk.incubator.vector", "-jar", DELTANET_JAR.toString()));
            Arrays.stream(arguments).map(Object::toString).forEach(command::add);
            Path log = Files.createTempFile(folder, "driver-", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            Driver driver = new Driver(builder.start(), log, System.nanoTime());
            STARTED.add(driver);
            return driver;
        }

        void await(Duration limit) throws InterruptedException {
            if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }

        boolean alive() {
            return process.isAlive();
        }

        int exitCode() {
            return process.exitValue();
        }

        double seconds() {
            return ClusterIT.seconds(started);
        }

        @Override
        public String toString() {
            try {
                return "driver exit " + (process.isAlive() ? "(running)" : process.exitValue()) + ":\n"
                        + Files.readString(log);
            } catch (IOException e) {
                return "driver log unreadable: " + e;
            }
        }
    }
}
