package org.deltanet.spark.distributed;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.deltanet.spark.ClusterException;
import org.deltanet.spark.SparkContexts;

/**
 * The driver's end of data-parallel training: ONE Spark job for the whole run, whose tasks (one
 * per task slot, so that they all run at once; at most one per shard) stay up and answer round
 * after round over a TCP connection of their own, instead of a Spark job per round. Not a barrier
 * stage: Spark gives a barrier result stage up at its first failed task, while it starts a plain
 * task that failed or was lost again, on its own.
 *
 * <p>It listens on an ephemeral port at the driver's address ({@code spark.driver.bindAddress},
 * else {@code spark.driver.host}); a task connects to {@code spark.driver.host}, sends the run's
 * secret (raw bytes, before anything is deserialized) and the indices of its shards. A round sends
 * the {@link RoundInput} to every task and adds their shards' answers in shard order, so the sum
 * does not depend on how shards are spread over tasks or on which answers first. When a
 * connection breaks (an executor lost; Spark starts the task again), the round waits for the
 * shards' new task and is sent again; the tasks keep no state between rounds, so a repeated round
 * gives the same answers. Waiting for tasks is bounded by {@code spark.deltanet.executorTimeout};
 * a job that fails for good, or a wait that times out, is a {@link ClusterException}.
 */
final class Coordinator implements AutoCloseable {

    /** Bytes of the run's secret. */
    static final int TOKEN_BYTES = 32;

    private static final int HANDSHAKE_MILLIS = 10_000;
    private static final long STOP_SECONDS = 10;
    private static final int WAIT_MILLIS = 200;

    private final ServerSocket server;
    private final byte[] token;
    private final Link[] byShard;
    private final long timeoutSeconds;
    private final String address;
    private final int tasks;
    private JavaFutureAction<Long> job;

    /** A task's connection and the shards it answers for, in its answers' order. */
    private record Link(Wire wire, int[] shards) {}

    private Coordinator(ServerSocket server, int shards, int tasks, long timeoutSeconds, String address) {
        this.server = server;
        this.token = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(token);
        this.byShard = new Link[shards];
        this.tasks = tasks;
        this.timeoutSeconds = timeoutSeconds;
        this.address = address;
    }

    /**
     * Listens, and submits the job whose {@code tasks} tasks work the shards.
     *
     * @param shards every shard, in index order
     * @param tasks  how many tasks share them, at most the number of shards and of task slots
     */
    static Coordinator start(JavaSparkContext spark, Broadcast<WorkerSpec> spec, List<Shard> shards, int tasks) {
        SparkConf conf = spark.getConf();
        String host = conf.get("spark.driver.host");
        Coordinator coordinator;
        try {
            ServerSocket server =
                    new ServerSocket(0, 50, InetAddress.getByName(conf.get("spark.driver.bindAddress", host)));
            coordinator = new Coordinator(
                    server,
                    shards.size(),
                    tasks,
                    SparkContexts.executorTimeoutSeconds(spark),
                    host + ":" + server.getLocalPort());
        } catch (IOException e) {
            throw new ClusterException(
                    "cannot listen for data-parallel workers at spark.driver.bindAddress or spark.driver.host " + host
                            + ": " + e.getMessage() + "; set spark.driver.host to an address of this machine",
                    e);
        }
        Thread acceptor = new Thread(coordinator::accept, "deltanet-coordinator");
        acceptor.setDaemon(true);
        acceptor.start();
        JavaRDD<Integer> work = spark.parallelize(shards, tasks)
                .mapPartitions(new WorkerTask(
                        new Rendezvous(host, coordinator.server.getLocalPort(), coordinator.token), spec));
        spark.setJobDescription(
                "deltanet data-parallel training: " + shards.size() + " workers in " + tasks + " tasks");
        coordinator.job = work.countAsync();
        spark.setJobDescription(null);
        Thread watcher = new Thread(coordinator::watchJob, "deltanet-coordinator-job");
        watcher.setDaemon(true);
        watcher.start();
        return coordinator;
    }

    /**
     * Sends one round to every task and returns the sum of the shards' answers, added in shard
     * order; a shard's failure is the sum's {@link RoundSum#failure}.
     */
    RoundSum round(RoundInput input) {
        while (true) {
            List<Link> links = awaitAll();
            List<Link> unanswered = new ArrayList<>();
            Link current = null;
            try {
                for (Link link : links) {
                    current = link;
                    link.wire().send(input);
                    unanswered.add(link);
                }
                RoundSum[] answers = new RoundSum[byShard.length];
                for (Link link : links) {
                    current = link;
                    RoundSum[] answer = (RoundSum[]) link.wire().receive();
                    unanswered.remove(link);
                    for (int i = 0; i < answer.length; i++) {
                        answers[link.shards()[i]] = answer[i];
                    }
                }
                RoundSum sum = new RoundSum();
                for (RoundSum answer : answers) {
                    sum.add(answer);
                }
                return sum;
            } catch (IOException | ClassCastException e) {
                drop(current);
                unanswered.remove(current);
                discardAnswers(unanswered);
            }
        }
    }

    /** Reads the answers of a round that is to be sent again, so that none is taken for the next. */
    private void discardAnswers(List<Link> unanswered) {
        for (Link link : unanswered) {
            try {
                link.wire().receive();
            } catch (IOException e) {
                drop(link);
            }
        }
    }

    /** Tells the tasks to end and waits a little for the job; cancels it if it does not end. */
    @Override
    public void close() {
        List<Link> links = links();
        boolean told = links != null;
        for (Link link : told ? links : List.<Link>of()) {
            try {
                link.wire().send(null);
            } catch (IOException e) {
                told = false;
            }
        }
        if (told) {
            try {
                job.get(STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // cancelled below
            }
        }
        if (!job.isDone()) {
            job.cancel(true);
        }
        try {
            server.close();
        } catch (IOException e) {
            // nothing more to release
        }
        closeLinks();
    }

    /** Every task's link once each shard has one, in shard order; null while one is missing. */
    private synchronized List<Link> links() {
        List<Link> links = new ArrayList<>();
        for (Link link : byShard) {
            if (link == null) {
                return null;
            }
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links;
    }

    /** Waits until every shard has a task connected; fails if the job ended or the wait is too long. */
    private synchronized List<Link> awaitAll() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            if (job.isDone()) {
                throw ended();
            }
            List<Link> links = links();
            if (links != null) {
                return links;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new ClusterException("the " + tasks + " tasks of data-parallel training did not all connect "
                        + "to this driver (" + address + ") within " + timeoutSeconds + " s: check that executors "
                        + "have " + tasks + " free cores at once (spark.cores.max, the Workers' cores), and that "
                        + "they can reach this host at spark.driver.host; " + SparkContexts.EXECUTOR_TIMEOUT
                        + " sets the wait");
            }
            try {
                wait(Math.min(left, WAIT_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException("interrupted while waiting for the data-parallel workers", e);
            }
        }
    }

    /** Why the job ended before training did. */
    private ClusterException ended() {
        Throwable cause;
        try {
            job.get();
            cause = null;
        } catch (ExecutionException e) {
            cause = e.getCause();
        } catch (InterruptedException | CancellationException e) {
            cause = e;
        }
        String reason = cause == null ? "its tasks ended before training did" : firstLine(cause.getMessage());
        return new ClusterException(
                "the Spark job of data-parallel training failed: " + reason + "; check the executors' logs (the "
                        + "Master's web UI links them) and that executors can reach this host at spark.driver.host ("
                        + address + ")",
                cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /** Accepts tasks until the server closes: a task proves the secret, then names its shards. */
    private void accept() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                return;
            }
            try {
                socket.setSoTimeout(HANDSHAKE_MILLIS);
                InputStream in = socket.getInputStream();
                if (!MessageDigest.isEqual(token, in.readNBytes(TOKEN_BYTES))) {
                    socket.close();
                    continue;
                }
                Wire wire = new Wire(socket);
                if (!(wire.receive() instanceof int[] shards) || !valid(shards)) {
                    wire.close();
                    continue;
                }
                socket.setSoTimeout(0);
                register(new Link(wire, shards));
            } catch (IOException e) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the connection is dropped either way
                }
            }
        }
    }

    private boolean valid(int[] shards) {
        return shards.length > 0 && Arrays.stream(shards).allMatch(s -> s >= 0 && s < byShard.length);
    }

    /** A task's link replaces the links its shards had (an earlier attempt's). */
    private synchronized void register(Link link) {
        for (int shard : link.shards()) {
            if (byShard[shard] != null) {
                drop(byShard[shard]);
            }
            byShard[shard] = link;
        }
        notifyAll();
    }

    private synchronized void drop(Link link) {
        if (link == null) {
            return;
        }
        link.wire().close();
        for (int s = 0; s < byShard.length; s++) {
            if (byShard[s] == link) {
                byShard[s] = null;
            }
        }
        notifyAll();
    }

    private synchronized void closeLinks() {
        for (Link link : byShard) {
            if (link != null) {
                drop(link);
            }
        }
    }

    /** When the job ends, breaks every connection, so that a round waiting for an answer notices. */
    private void watchJob() {
        try {
            job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // awaitAll reports it
        }
        closeLinks();
    }
}
