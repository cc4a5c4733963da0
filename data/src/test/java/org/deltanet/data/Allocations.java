package org.deltanet.data;

import java.lang.management.ManagementFactory;

/** Measures the bytes the current thread allocates, to check that hot paths allocate nothing. */
public final class Allocations {

    private Allocations() {}

    /** Bytes allocated by this thread while running {@code action} {@code times} times, after a warm-up. */
    public static long during(int times, Runnable action) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < times; i++) {
            action.run();
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < times; i++) {
            action.run();
        }
        return threads.getThreadAllocatedBytes(thread) - before;
    }
}
