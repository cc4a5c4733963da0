package org.deltanet.engine.train;

import java.lang.management.ManagementFactory;

/**
 * The bytes the current thread has allocated so far, where the JVM counts them (HotSpot's
 * {@code com.sun.management.ThreadMXBean}); a training step that allocates nothing has been
 * compiled, since the Vector API allocates until C2 has compiled it.
 */
final class ThreadAllocations {

    private final com.sun.management.ThreadMXBean threads;
    private final long thread;

    private ThreadAllocations(com.sun.management.ThreadMXBean threads, long thread) {
        this.threads = threads;
        this.thread = thread;
    }

    /** The counter of the calling thread, or one that is not {@link #measurable()} where the JVM has none. */
    static ThreadAllocations ofCurrentThread() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled()) {
            return new ThreadAllocations(threads, Thread.currentThread().getId());
        }
        return new ThreadAllocations(null, -1);
    }

    boolean measurable() {
        return threads != null;
    }

    /** Bytes allocated by the thread so far; 0 when not {@link #measurable()}. */
    long bytes() {
        return threads == null ? 0 : threads.getThreadAllocatedBytes(thread);
    }
}
