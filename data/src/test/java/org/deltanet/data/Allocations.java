package org.deltanet.data;

import java.lang.management.ManagementFactory;

/** Measures the bytes the current thread allocates, to check that hot paths allocate nothing. */
public final class Allocations {

    private Allocations() {}

    /** Rounds measured after the warm-up; the JIT compiles in the background, and may finish late. */
    private static final int ROUNDS = 10;

    /**
     * Bytes allocated by this thread while running {@code action} {@code times} times, after a
     * warm-up of as many runs: the fewest of {@value #ROUNDS} rounds, so that code still waiting for
     * the JIT (the Vector API allocates until it is compiled) is measured once it has been.
     */
    public static long during(int times, Runnable action) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < times; i++) {
            action.run();
        }
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS && fewest > 0; round++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < times; i++) {
                action.run();
            }
            fewest = Math.min(fewest, threads.getThreadAllocatedBytes(thread) - before);
        }
        return fewest;
    }
}
