package org.deltanet.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.deltanet.engine.math.Kernels;
import org.deltanet.experiment.config.ConfigException;
import org.deltanet.files.HeapLimits;

/**
 * The one SparkContext of a deltanet process, shared by sweeps and data-parallel training.
 *
 * <p>{@link #getOrCreate} returns the context already running (one that {@code spark-submit}'s
 * program or a test started) or starts one. Its settings, highest precedence first: the command
 * line's {@code --master} and {@code --conf} ({@link #useCommandLine}); the experiment file's
 * {@code spark:} section; what {@code spark-submit} or {@code -Dspark.*} Java properties set;
 * {@value #DEFAULT_MASTER}. The master URL is checked before Spark starts, a standalone master is
 * probed for a connection (and watched while the application runs: {@link MasterWatch}), and on a
 * cluster the context waits up to
 * {@value #EXECUTOR_TIMEOUT} (default {@value #DEFAULT_EXECUTOR_TIMEOUT}) for a first executor;
 * each failure is a {@link ClusterException}. On a cluster the executors' JVMs get the options
 * the {@code deltanet} launcher gives its own ({@link #executorJavaOptions}), before any
 * {@code spark.executor.extraJavaOptions} of the user's: Spark adds the Vector API module itself,
 * but without C2's raised limits whether the Vector API code runs boxed depends on what the
 * executor compiled before it. Library code never stops the context; the command
 * that started the work does, and Spark's shutdown hook stops it when the JVM exits in any case.
 */
public final class SparkContexts {

    /** Every core of this machine, in this JVM. */
    public static final String DEFAULT_MASTER = "local[*]";
    /** How long a cluster context waits for its first executor, as a Spark time ("60s", "2min"). */
    public static final String EXECUTOR_TIMEOUT = "spark.deltanet.executorTimeout";

    static final String DEFAULT_EXECUTOR_TIMEOUT = "60s";
    static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions";
    static final String EXECUTOR_MEMORY = "spark.executor.memory";
    /** Spark's minimum heap for a driver or an executor: 1.5 x its reserved 300 MiB. */
    static final long MIN_HEAP_BYTES = 450L * 1024 * 1024;

    private static final long POLL_MILLIS = 200;

    private static JavaSparkContext current;
    private static volatile MasterWatch watch;
    private static Map<String, String> commandLine = Map.of();

    private SparkContexts() {}

    /**
     * Settings from the command line, which take precedence over the experiment file's.
     *
     * @param master a master URL, or null
     * @param conf   {@code spark.key=value} strings
     * @throws IllegalArgumentException if one is malformed, with a message for the user
     */
    public static synchronized void useCommandLine(String master, List<String> conf) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String entry : conf) {
            int equals = entry.indexOf('=');
            String key = equals < 0 ? entry : entry.substring(0, equals).strip();
            if (equals < 0 || !key.startsWith("spark.") || key.length() == "spark.".length()) {
                throw new IllegalArgumentException(
                        "--conf " + entry + ": expected spark.KEY=VALUE, " + "e.g. --conf spark.executor.memory=2g");
            }
            settings.put(key, entry.substring(equals + 1).strip());
        }
        if (master != null) {
            settings.put("spark.master", master);
        }
        String problem = settings.containsKey("spark.master") ? MasterUrl.check(settings.get("spark.master")) : null;
        if (problem != null) {
            throw new IllegalArgumentException((master != null ? "--master: " : "--conf spark.master: ") + problem);
        }
        commandLine = Map.copyOf(settings);
    }

    /** The running context, or a new one with the command line's settings over the experiment's. */
    public static synchronized JavaSparkContext getOrCreate(Map<String, String> experiment) {
        if (current != null && !current.sc().isStopped()) {
            return current;
        }
        SparkConf conf = new SparkConf().setAppName("deltanet");
        experiment.forEach(conf::set);
        commandLine.forEach(conf::set);
        conf.setIfMissing("spark.master", DEFAULT_MASTER);
        String master = conf.get("spark.master");
        String problem = MasterUrl.check(master);
        if (problem != null) {
            throw new ConfigException("spark.master: " + problem);
        }
        MasterUrl.probe(master);
        checkMemory(Runtime.getRuntime().maxMemory(), conf);
        if (master.startsWith("local") && !conf.contains("spark.driver.host")) {
            // local mode talks to itself only; this spares a lookup of the host's name
            conf.set("spark.driver.host", "localhost");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (!master.startsWith("local")) {
            conf.set(EXECUTOR_JAVA_OPTIONS, executorJavaOptions(conf.get(EXECUTOR_JAVA_OPTIONS, "")));
        }
        current = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        watch = master.startsWith("spark://") ? MasterWatch.start(master, current) : null;
        if (!current.isLocal()) {
            awaitExecutor(current, executorTimeoutSeconds(current));
        }
        return current;
    }

    /**
     * The executors' JVM options: {@link Kernels#JVM_OPTIONS} (the Vector API and C2's limits, as
     * the {@code deltanet} launcher gives its own JVM), then the user's, which win where they
     * differ (a JVM keeps the last of a repeated {@code -XX} option).
     */
    static String executorJavaOptions(String user) {
        return (String.join(" ", Kernels.JVM_OPTIONS) + " " + user).strip();
    }

    /**
     * Refuses what Spark refuses to start with, with a message that says what to set: a driver heap
     * under {@value #MIN_HEAP_BYTES} bytes (1.5 times the 300 MiB Spark reserves; the driver's own
     * memory manager checks it whatever the master), and a {@code spark.executor.memory} under the
     * same. Spark's own refusal came after its error log and read as an internal error.
     *
     * @param maxHeap the JVM's maximum heap, {@link Runtime#maxMemory()}
     */
    static void checkMemory(long maxHeap, SparkConf conf) {
        if (maxHeap < MIN_HEAP_BYTES) {
            throw new ConfigException("Spark needs a Java heap of at least " + HeapLimits.size(MIN_HEAP_BYTES)
                    + ", and this JVM has " + HeapLimits.size(maxHeap)
                    + "; give Java more, e.g. DELTANET_HEAP=1g (the deltanet launcher's default is 2g)");
        }
        if (conf.contains(EXECUTOR_MEMORY) && executorMemory(conf) < MIN_HEAP_BYTES) {
            throw new ConfigException(EXECUTOR_MEMORY + ": " + conf.get(EXECUTOR_MEMORY) + " is less than the "
                    + HeapLimits.size(MIN_HEAP_BYTES) + " Spark needs; use 512m or more");
        }
    }

    private static long executorMemory(SparkConf conf) {
        try {
            return conf.getSizeAsBytes(EXECUTOR_MEMORY);
        } catch (NumberFormatException e) {
            throw new ConfigException(
                    EXECUTOR_MEMORY + ": '" + conf.get(EXECUTOR_MEMORY) + "' is not a size; e.g. 2g or 512m", e);
        }
    }

    /** How long to wait for executors or tasks, in seconds: {@value #EXECUTOR_TIMEOUT}. */
    public static long executorTimeoutSeconds(JavaSparkContext spark) {
        return spark.getConf().getTimeAsSeconds(EXECUTOR_TIMEOUT, DEFAULT_EXECUTOR_TIMEOUT);
    }

    /**
     * How many tasks can run at once now: the cores of the registered executors (or of
     * {@code local[N]}) divided by {@code spark.task.cpus}: how many long-lived tasks can all run together.
     */
    public static int taskSlots(JavaSparkContext spark) {
        SparkContext context = spark.sc();
        return context.maxNumConcurrentTasks(context.resourceProfileManager().defaultResourceProfile());
    }

    /**
     * On a cluster, waits up to {@code millis} for executors that register after the first, until
     * {@code wanted} tasks can run at once; in local mode the slots are known at once.
     *
     * @return how many tasks can run at once
     */
    public static int awaitTaskSlots(JavaSparkContext spark, int wanted, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        int slots = taskSlots(spark);
        while (slots < wanted && !spark.isLocal() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            slots = taskSlots(spark);
        }
        return slots;
    }

    /** Stops the running context, if any: what the command that started the work does at its end. */
    public static synchronized void stop() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    /** Waits for the first executor to register; stops the context and fails if none does in time. */
    private static void awaitExecutor(JavaSparkContext spark, long seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (spark.sc().statusTracker().getExecutorInfos().length < 2) {
            if (spark.sc().isStopped()) {
                throw stopped(null);
            }
            if (System.nanoTime() > deadline) {
                spark.stop();
                throw new ClusterException("no executor registered with " + spark.master() + " within " + seconds
                        + " s: check that Workers run and are registered with the Master (its web UI lists them), "
                        + "that one has the free cores and memory asked for (spark.executor.memory, spark.cores.max), "
                        + "and that Workers can reach this host at spark.driver.host; " + EXECUTOR_TIMEOUT
                        + " sets the wait");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for executors", e);
            }
        }
    }

    /**
     * Turns a failure of Spark work into a {@link ClusterException} when the context was stopped
     * under it or the failure says the Master removed the application (it killed or lost it), or
     * the standalone Master stopped answering ({@link MasterWatch}); otherwise returns normally.
     */
    public static void checkRunning(JavaSparkContext spark, Throwable failure) {
        MasterWatch watching = watch;
        if (watching != null && watching.lost() != null) {
            throw new ClusterException(watching.lost(), failure);
        }
        if (spark.sc().isStopped() || removedByMaster(failure)) {
            throw stopped(failure);
        }
    }

    /**
     * Whether Spark says the Master removed the application (killed on its web UI, or given up).
     * Spark stops the context on another thread after aborting the running job with this reason,
     * so the job's failure can arrive while {@code isStopped()} still says false.
     */
    private static boolean removedByMaster(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Master removed our application")) {
                return true;
            }
        }
        return false;
    }

    private static ClusterException stopped(Throwable cause) {
        return new ClusterException(
                "the Spark application stopped while it ran: the Master killed it or lost "
                        + "contact with this driver, or every executor was lost; check the Master's web UI and its log "
                        + "for the application's end",
                cause);
    }
}
