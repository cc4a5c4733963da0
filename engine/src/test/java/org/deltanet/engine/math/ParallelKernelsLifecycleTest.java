package org.deltanet.engine.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ParallelKernels' workers are daemon threads that close() stops; products still agree after it. */
class ParallelKernelsLifecycleTest {

    @Test
    void closeStopsTheDaemonWorkersAndLeavesTheCallerComputing() throws InterruptedException {
        PlainKernels plain = new PlainKernels();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ParallelKernels parallel = new ParallelKernels(plain, 3, 1);
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.getName().startsWith("deltanet-"))
                .toList();
        assertTrue(workers.size() >= 2 && workers.stream().allMatch(Thread::isDaemon), workers.toString());

        double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] b = {1, 0, 2, 1, 0, 3, 1, 1};
        double[] expected = new double[16];
        plain.multiplyTransposedBRows(a, b, expected, 4, 2, 0, 4);
        double[] split = new double[16];
        parallel.multiplyTransposedB(a, b, split, 4, 4, 2);
        assertArrayEquals(expected, split);

        parallel.close();
        for (Thread worker : workers) {
            worker.join(5_000);
            assertTrue(!worker.isAlive(), worker + " still runs after close()");
        }
        double[] after = new double[16];
        parallel.multiplyTransposedB(a, b, after, 4, 4, 2);
        assertArrayEquals(expected, after);
    }
}
