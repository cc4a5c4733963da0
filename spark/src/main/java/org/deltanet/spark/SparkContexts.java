package org.deltanet.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one SparkContext of a deltanet process, shared by sweeps and data-parallel training.
 *
 * <p>{@link #getOrCreate} returns the context already running (one that {@code spark-submit}'s
 * program or a test started) or starts one on the master given, else on {@code spark.master}
 * (which {@code spark-submit} sets), else on {@value #DEFAULT_MASTER}. Library code never stops
 * it; the command that started the work does ({@link #stop}), and Spark's shutdown hook stops it
 * when the JVM exits in any case.
 */
public final class SparkContexts {

    /** Every core of this machine, in this JVM. */
    public static final String DEFAULT_MASTER = "local[*]";

    private static JavaSparkContext current;

    private SparkContexts() {
    }

    /**
     * @param master a master URL ({@code local[4]}, {@code spark://host:7077}), or null for
     *               {@code spark.master} or the default; ignored when a context is running
     */
    public static synchronized JavaSparkContext getOrCreate(String master) {
        if (current != null && !current.sc().isStopped()) {
            return current;
        }
        SparkConf conf = new SparkConf().setAppName("deltanet");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.driver.host")) {
            // local mode talks to itself only; this spares a lookup of the host's name
            conf.set("spark.driver.host", "localhost");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        current = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        return current;
    }
}
