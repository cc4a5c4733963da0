package org.deltanet.spark.distributed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * A worker's one task for a whole training run, on an executor: it connects to the driver's
 * {@link Coordinator}, sends the run's secret and the indices of the shards it holds, and then answers round after round, each
 * {@link RoundInput} with one {@link RoundSum} per shard, until the driver sends {@code null}.
 * A shard's failure (a step that diverged, a plugin that threw) is sent as its answer, so that
 * the driver throws the original error. Whenever it reads from the driver, and every second while
 * it waits, it looks whether Spark killed the task, so that a killed task ends and frees its core.
 */
final class WorkerTask implements FlatMapFunction<Iterator<Shard>, Integer> {

    private static final long serialVersionUID = 1L;
    private static final int CONNECT_MILLIS = 30_000;
    private static final int POLL_MILLIS = 1_000;

    private final Rendezvous driver;
    private final Broadcast<WorkerSpec> spec;

    WorkerTask(Rendezvous driver, Broadcast<WorkerSpec> spec) {
        this.driver = driver;
        this.spec = spec;
    }

    @Override
    public Iterator<Integer> call(Iterator<Shard> partition) {
        List<Shard> shards = new ArrayList<>();
        partition.forEachRemaining(shards::add);
        int[] indices = shards.stream().mapToInt(Shard::index).toArray();
        WorkerSpec worker = spec.value();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(driver.host(), driver.port()), CONNECT_MILLIS);
            socket.setSoTimeout(POLL_MILLIS);
            socket.getOutputStream().write(driver.token());
            try (Wire wire = new Wire(socket, new KillAware(socket.getInputStream()))) {
                wire.send(indices);
                for (Object message = wire.receive(); message instanceof RoundInput round; message = wire.receive()) {
                    RoundSum[] answers = new RoundSum[shards.size()];
                    for (int i = 0; i < answers.length; i++) {
                        answers[i] = work(shards.get(i), worker, round);
                    }
                    wire.send(answers);
                }
            }
        } catch (IOException e) {
            throw new DriverLost(
                    "lost the connection to the driver at " + driver.host() + ":" + driver.port() + ": " + e);
        }
        return Collections.emptyIterator();
    }

    private static RoundSum work(Shard shard, WorkerSpec spec, RoundInput round) {
        try {
            return shard.work(spec, round);
        } catch (RuntimeException e) {
            return RoundSum.failed(e);
        }
    }

    /**
     * The task's failure when its connection to the driver broke: Spark starts the task again,
     * which connects anew. One line in Spark's log, without a stack trace: that the driver closed
     * the connection (it ended, or its job was cancelled) is no fault of the task's code.
     */
    private static final class DriverLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DriverLost(String message) {
            super(message, null, false, false);
        }
    }

    /** The socket's input, which ends the task when Spark killed it; read again after each poll interval. */
    private static final class KillAware extends FilterInputStream {
        KillAware(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            while (true) {
                checkKilled();
                try {
                    return super.read();
                } catch (SocketTimeoutException e) {
                    // waited a poll interval: look again whether the task was killed
                }
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (true) {
                checkKilled();
                try {
                    return super.read(buffer, offset, length);
                } catch (SocketTimeoutException e) {
                    // waited a poll interval: look again whether the task was killed
                }
            }
        }

        private static void checkKilled() {
            TaskContext context = TaskContext.get();
            if (context != null) {
                context.killTaskIfInterrupted();
            }
        }
    }
}
