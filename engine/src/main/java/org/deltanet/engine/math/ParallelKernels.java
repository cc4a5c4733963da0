package org.deltanet.engine.math;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits large products between threads: the output rows are cut into bands (a multiple of four
 * rows each, twice as many bands as threads) that the calling thread and a fixed set of worker
 * threads, started once, claim one at a time until none is left. Products below
 * {@value #DEFAULT_MIN_MULTIPLY_ADDS} multiply-adds run on the calling thread alone.
 *
 * <p>Because the caller claims bands too, a worker the operating system has not scheduled in time
 * only means the caller does more of the work; it never waits for a worker to start. It waits only
 * for bands a worker has already claimed. Workers spin briefly between products (training issues
 * them back to back), then park. Nothing is allocated per product.
 *
 * <p>One product at a time: a second thread calling while a product is being split computes its
 * own product alone.
 *
 * <p><b>Lifecycle.</b> The workers start with the constructor and are daemon threads, so they
 * never keep a JVM alive; idle, they park. {@link #close()} stops them, after which every product
 * runs on the caller alone. The shared instances of {@link Kernels#best(int)} are never closed:
 * they serve every run of the process (one set of threads per thread count, not one per run);
 * close only instances you created yourself.
 */
public final class ParallelKernels implements MatrixKernels, AutoCloseable {

    /**
     * Products smaller than this (m n k, about 0.3 ms of work) are not worth a hand-off between
     * threads. Measured on this project's 2-core machines: splitting the 3-13 million multiply-add
     * products of networks A and B at batch 32 and 128 made training slower or no faster (the
     * second core must first fetch the weights the first one just updated), those of batch 1024
     * (100 million) about 30% faster.
     */
    static final long DEFAULT_MIN_MULTIPLY_ADDS = 1L << 24;

    private static final int ROW_ALIGNMENT = 4;
    private static final long SPIN_NANOS = 200_000L;

    private static final int TRANSPOSED_B = 0;
    private static final int PLAIN = 1;
    private static final int TRANSPOSED_A = 2;

    private final MatrixKernels inner;
    private final int threads;
    private final long minMultiplyAdds;
    private final Worker[] workers;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean closed;

    /** The current product, written by the caller before it publishes {@link #generation}. */
    private int op;

    private double[] a;
    private double[] b;
    private double[] c;
    private int m;
    private int n;
    private int k;
    private double scale;
    private int bandRows;
    private int bands;
    private volatile Throwable failure;

    /** The generation in the high 32 bits, the next unclaimed band in the low 32 bits. */
    private final AtomicLong claims = new AtomicLong();

    private final AtomicInteger finished = new AtomicInteger();
    private volatile long generation;

    /**
     * @param inner   the kernels that compute each band
     * @param threads threads per product including the caller, at least 1
     */
    public ParallelKernels(MatrixKernels inner, int threads) {
        this(inner, threads, DEFAULT_MIN_MULTIPLY_ADDS);
    }

    /**
     * @param inner           the kernels that compute each band
     * @param threads         threads per product including the caller, at least 1
     * @param minMultiplyAdds products of fewer multiply-adds (m n k) run on the caller alone
     */
    public ParallelKernels(MatrixKernels inner, int threads, long minMultiplyAdds) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.inner = inner;
        this.threads = threads;
        this.minMultiplyAdds = minMultiplyAdds;
        this.workers = new Worker[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Worker(inner.name() + "-" + (w + 1));
            workers[w].start();
        }
    }

    @Override
    public String name() {
        return inner.name() + " x" + threads + " threads";
    }

    /** Stops the worker threads; later products run on the calling thread alone. */
    @Override
    public void close() {
        closed = true;
        for (Worker worker : workers) {
            LockSupport.unpark(worker);
        }
    }

    /** Threads per product, the caller included. */
    public int threads() {
        return threads;
    }

    @Override
    public void multiplyTransposedB(double[] a, double[] b, double[] c, int m, int n, int k) {
        split(TRANSPOSED_B, a, b, c, m, n, k, 1.0);
    }

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int n, int k) {
        split(PLAIN, a, b, c, m, n, k, 1.0);
    }

    @Override
    public void multiplyTransposedA(double[] a, double[] b, double[] c, int m, int n, int k, double scale) {
        split(TRANSPOSED_A, a, b, c, m, n, k, scale);
    }

    @Override
    public void multiplyTransposedBRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        inner.multiplyTransposedBRows(a, b, c, n, k, from, to);
    }

    @Override
    public void multiplyRows(double[] a, double[] b, double[] c, int n, int k, int from, int to) {
        inner.multiplyRows(a, b, c, n, k, from, to);
    }

    @Override
    public void multiplyTransposedARows(
            double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        inner.multiplyTransposedARows(a, b, c, m, n, k, scale, from, to);
    }

    private void split(int op, double[] a, double[] b, double[] c, int m, int n, int k, double scale) {
        int perBand = roundUp(ceilDiv(m, 2 * threads));
        if (workers.length == 0
                || closed
                || (long) m * n * k < minMultiplyAdds
                || perBand >= m
                || !busy.compareAndSet(false, true)) {
            compute(op, a, b, c, m, n, k, scale, 0, m);
            return;
        }
        try {
            this.op = op;
            this.a = a;
            this.b = b;
            this.c = c;
            this.m = m;
            this.n = n;
            this.k = k;
            this.scale = scale;
            this.bandRows = perBand;
            this.bands = ceilDiv(m, perBand);
            this.failure = null;
            finished.set(0);
            long next = generation + 1;
            claims.set(next << 32);
            generation = next;
            for (Worker worker : workers) {
                if (worker.parked) {
                    LockSupport.unpark(worker);
                }
            }
            work(next);
            awaitBands();
            this.a = null;
            this.b = null;
            this.c = null;
            Throwable thrown = failure;
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
        } finally {
            busy.set(false);
        }
    }

    /** Claims and computes bands of product {@code generation} until none is left. */
    private void work(long generation) {
        for (; ; ) {
            long claim = claims.get();
            int band = (int) claim;
            if (claim >>> 32 != generation || band >= bands) {
                return;
            }
            if (claims.compareAndSet(claim, claim + 1)) {
                try {
                    int from = band * bandRows;
                    compute(op, a, b, c, m, n, k, scale, from, Math.min(m, from + bandRows));
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    finished.incrementAndGet();
                }
            }
        }
    }

    private void awaitBands() {
        int spins = 0;
        while (finished.get() < bands) {
            if (++spins % 1024 == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private void compute(
            int op, double[] a, double[] b, double[] c, int m, int n, int k, double scale, int from, int to) {
        switch (op) {
            case TRANSPOSED_B -> inner.multiplyTransposedBRows(a, b, c, n, k, from, to);
            case PLAIN -> inner.multiplyRows(a, b, c, n, k, from, to);
            default -> inner.multiplyTransposedARows(a, b, c, m, n, k, scale, from, to);
        }
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }

    private static int roundUp(int rows) {
        return ceilDiv(rows, ROW_ALIGNMENT) * ROW_ALIGNMENT;
    }

    /** Waits for a new generation (spinning briefly, then parked), then claims bands of it. */
    private final class Worker extends Thread {

        volatile boolean parked;

        Worker(String name) {
            super("deltanet-" + name);
            setDaemon(true);
        }

        @Override
        public void run() {
            long seen = generation;
            while (!closed) {
                long started = System.nanoTime();
                while (generation == seen && !closed) {
                    if (System.nanoTime() - started < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        parked = true;
                        if (generation == seen && !closed) {
                            LockSupport.park(this);
                        }
                        parked = false;
                    }
                }
                if (closed) {
                    return;
                }
                seen = generation;
                work(seen);
            }
        }
    }
}
