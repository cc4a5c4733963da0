package org.deltanet.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * Watches a standalone Master while the application runs. Spark's driver only logs that it lost
 * the Master and waits for it to come back, while its jobs go on with the executors they have (and
 * cannot get new ones): a run would end much later or never. The watch connects to the Master
 * every second; when {@value #MISSES} tries in a row fail it cancels every job, and
 * {@link SparkContexts#checkRunning} turns their failure into a {@link ClusterException} saying so.
 */
final class MasterWatch {

    private static final long INTERVAL_MILLIS = 1_000;
    private static final int MISSES = 3;

    private final String url;
    private final JavaSparkContext spark;
    private volatile String lost;

    private MasterWatch(String url, JavaSparkContext spark) {
        this.url = url;
        this.spark = spark;
    }

    /** Starts watching the Master at {@code url} (a {@code spark://} URL) for {@code spark}. */
    static MasterWatch start(String url, JavaSparkContext spark) {
        MasterWatch watch = new MasterWatch(url, spark);
        Thread thread = new Thread(watch::watch, "deltanet-master-watch");
        thread.setDaemon(true);
        thread.start();
        return watch;
    }

    /** Why the Master was given up, or null while it answers. */
    String lost() {
        return lost;
    }

    private void watch() {
        int misses = 0;
        while (!spark.sc().isStopped()) {
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            try {
                MasterUrl.probe(url);
                misses = 0;
            } catch (ClusterException e) {
                if (++misses == MISSES) {
                    lost = "lost the Spark Master " + url + " while the application ran (" + MISSES
                            + " tries to connect in a row failed): check the Master's log and start it again; "
                            + "the work of this command was cancelled";
                    spark.sc().cancelAllJobs();
                    return;
                }
            }
        }
    }
}
