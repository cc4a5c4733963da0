package org.deltanet.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster of separate JVMs on 127.0.0.1: a Master and Workers started from
 * their main classes with a Spark layout ({@code SPARK_HOME/jars}, a {@code RELEASE} file) made of
 * the Spark jars Maven resolved. A Worker may run in a mount namespace of its own where a private
 * tmpfs covers the given folders, so that it cannot see the driver's files there (we are root).
 * Each process logs to a file in the cluster's folder; {@link #close} kills them all, with the
 * executors they started.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final Pattern MASTER_UI = Pattern.compile("Bound MasterWebUI to \\S+, and started at (http://\\S+)");
    private static final Duration START = Duration.ofSeconds(60);

    private final Path sparkHome;
    private final Path folder;
    private final List<String> jvmOptions;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private String masterUrl;
    private String masterUi;
    private Process master;
    private int masters;

    /**
     * @param sparkHome  a folder with {@code jars/}; a {@code RELEASE} file is added if missing
     * @param folder     where the processes log and the Workers keep their work and local folders,
     *                   outside every folder a Worker is to be hidden from
     * @param jvmOptions Spark's {@code --add-opens} list
     */
    StandaloneCluster(Path sparkHome, Path folder, List<String> jvmOptions) throws IOException {
        this.sparkHome = sparkHome;
        this.folder = Files.createDirectories(folder);
        this.jvmOptions = List.copyOf(jvmOptions);
        if (!Files.exists(sparkHome.resolve("RELEASE"))) {
            Files.writeString(
                    sparkHome.resolve("RELEASE"), "Spark jars resolved by Maven, for deltanet's cluster test\n");
        }
    }

    /**
     * Starts a Master on an ephemeral port and returns its URL; Workers started from now on
     * register with it.
     */
    String startMaster() throws IOException, InterruptedException {
        Path log = folder.resolve(masters == 0 ? "master.log" : "master-" + masters + ".log");
        masters++;
        master = launch(
                List.of("java"),
                sparkHome,
                "org.apache.spark.deploy.master.Master",
                log,
                List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
        masterUrl = await(log, MASTER_URL).group(1);
        masterUi = await(log, MASTER_UI).group(1);
        return masterUrl;
    }

    /** Kills the latest Master at once (SIGKILL); Workers and executors keep running without it. */
    void killMaster() throws InterruptedException {
        master.destroyForcibly().waitFor();
    }

    /**
     * Kills every running application as a user does on the Master's web UI (its kill link: a
     * POST to {@code /app/kill/}).
     *
     * @return how many applications were killed
     */
    int killApplications() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String state = http.send(
                        HttpRequest.newBuilder(URI.create(masterUi + "/json/")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher active = Pattern.compile("\"activeapps\"\\s*:\\s*\\[(.*?)]", Pattern.DOTALL)
                .matcher(state);
        int killed = 0;
        if (active.find()) {
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"(app-[^\"]+)\"").matcher(active.group(1));
            while (id.find()) {
                http.send(
                        HttpRequest.newBuilder(URI.create(masterUi + "/app/kill/"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("id=" + id.group(1) + "&terminate=true"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                killed++;
            }
        }
        return killed;
    }

    /**
     * Starts a Worker with one core and waits until it is registered.
     *
     * @param hidden folders covered by a private tmpfs in the Worker's own mount namespace; empty
     *               for a Worker that sees the whole file system
     * @return the Worker's number, from 0
     */
    int startWorker(List<Path> hidden) throws IOException, InterruptedException {
        int number = workers.size();
        Path workerHome = Files.createDirectories(folder.resolve("worker-" + number));
        Path log = folder.resolve("worker-" + number + ".log");
        List<String> arguments = List.of(
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0",
                "--cores",
                "1",
                "--memory",
                "1g",
                "--work-dir",
                workerHome.resolve("work").toString(),
                masterUrl);
        List<String> launcher = List.of("java");
        Path home = sparkHome;
        if (!hidden.isEmpty()) {
            // a mount namespace of its own: Spark's jars bound outside the hidden folders, then a tmpfs over each
            home = Files.createDirectories(workerHome.resolve("spark-home"));
            StringBuilder script = new StringBuilder("mount --bind " + quoted(sparkHome) + " " + quoted(home));
            hidden.forEach(path -> script.append(" && mount -t tmpfs -o size=1m deltanet-hidden ")
                    .append(quoted(path)));
            script.append(" && exec java \"$@\"");
            launcher = List.of("unshare", "--mount", "--propagation", "private", "sh", "-c", script.toString(), "sh");
        }
        Process worker = launch(launcher, home, "org.apache.spark.deploy.worker.Worker", log, arguments);
        workers.add(worker);
        await(log, Pattern.compile("Successfully registered with master"));
        return number;
    }

    /** Kills a Worker at once (SIGKILL), as a host that goes down; its executors lose it and exit. */
    void killWorker(int number) {
        workers.get(number).destroyForcibly();
    }

    /** The Worker's work folder: one folder per application, with each executor's logs. */
    Path workFolder(int number) {
        return folder.resolve("worker-" + number).resolve("work");
    }

    /** The Worker's log, for failure messages. */
    Path log(String process) {
        return folder.resolve(process + ".log");
    }

    private static String quoted(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }

    /** Starts {@code launcher} (java, or a shell that ends by running java) with Spark's class path. */
    private Process launch(List<String> launcher, Path home, String mainClass, Path log, List<String> arguments)
            throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", home.resolve("jars") + "/*", mainClass));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_LOCAL_DIRS", folder.resolve("local").toString());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** Waits until the log has a line matching {@code pattern}, and returns the match. */
    private Matcher await(Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher matcher = pattern.matcher(Files.readString(log));
                if (matcher.find()) {
                    return matcher;
                }
            }
            if (processes.get(processes.size() - 1).isAlive()) {
                Thread.sleep(200);
            } else {
                break;
            }
        }
        throw new IllegalStateException(
                "no '" + pattern + "' in " + log + ":\n" + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (Process process : processes) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
