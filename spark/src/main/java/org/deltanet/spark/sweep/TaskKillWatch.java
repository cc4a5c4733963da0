package org.deltanet.spark.sweep;

import org.apache.spark.TaskContext;

/**
 * Watches the Spark task a variant trains in and, once Spark asks to kill it (the sweep was
 * interrupted and its job cancelled), asks the variant's training to stop at its next step, so
 * that the task ends within a step rather than training on, unseen, until the driver stops the
 * context under it. Polls {@link TaskContext#isInterrupted()} from a daemon thread every
 * {@value #POLL_MILLIS} ms; {@link #close()} ends the thread. Outside a Spark task it watches
 * nothing.
 */
final class TaskKillWatch implements AutoCloseable {

    static final long POLL_MILLIS = 100;

    private final Thread thread;

    private TaskKillWatch(Thread thread) {
        this.thread = thread;
    }

    /** Starts watching the calling thread's task; {@code stop} runs at most once, on the watch's thread. */
    static TaskKillWatch start(Runnable stop) {
        TaskContext task = TaskContext.get();
        if (task == null) {
            return new TaskKillWatch(null);
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        while (!task.isInterrupted()) {
                            Thread.sleep(POLL_MILLIS);
                        }
                        stop.run();
                    } catch (InterruptedException closed) {
                        // the variant ended first
                    }
                },
                "deltanet-variant-kill-watch");
        thread.setDaemon(true);
        thread.start();
        return new TaskKillWatch(thread);
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
