package org.deltanet.engine.train;

import java.util.List;
import java.util.function.Function;
import org.deltanet.api.OptimizerState;
import org.deltanet.engine.network.Network;

/**
 * Trains a copy of a run's network for a moment before the first epoch and throws the copy away,
 * so that the JIT has compiled the whole step (batch assembly, products, activations, loss,
 * optimizer update, in the run's precision and on its own shapes) before the first epoch starts:
 * without it a float32 MNIST run's second and third epochs still ran up to twice as slow as the
 * later ones. The run itself is untouched: its network, optimizer state and order of examples
 * are not used (a schedule's rate is not advanced either: only the optimizer's update runs, on a
 * fresh state), so a run gives the same weights, bit for bit, with or without the warm-up.
 *
 * <p>Steps run for {@value #EPOCHS} epochs of the run's batches and then on until
 * {@value #QUIET_STEPS} steps in a row allocate nothing ({@link ThreadAllocations}: the Vector API
 * allocates until C2 has compiled it, a compiled step allocates nothing; a float32 network-A step
 * at batch 1024 allocated 142 MB at first and nothing from the 27th step, 0.67 s in), but no longer
 * than {@value #MILLIS_PROPERTY} milliseconds (default {@value #DEFAULT_MILLIS}; 0 turns it off) or
 * {@value #MAX_STEPS} steps: small data sets and tiny networks take next to no time, and a plugin
 * that allocates in every step costs at most the time limit. Networks of more than
 * {@value #MAX_PARAMETERS} parameters are not warmed up: their steps are long enough for the JIT
 * to compile within the first few, and a copy would take memory they may need. A step that fails
 * ends the warm-up silently; the run meets the same failure and reports it.
 *
 * <p>After each of its first {@value #EPOCHS} epochs (or at its end, if it ends within the first)
 * the listeners may rehearse their own epoch end on the copy ({@link TrainingListener#onWarmUp}):
 * the JIT then compiles a checkpoint writer here, with a core to spare, instead of during the
 * first few dozen epochs, where on two threads on two cores each compile took a core from a
 * product.
 *
 * <p>Last, where the steps assembled fewer than {@value #ASSEMBLIES} batches (a large batch, whose
 * first steps are slow, gets a few dozen steps in the time limit), it assembles more batches
 * without training on them ({@link EpochSteps#assemble}), ordering the examples and settling the
 * weights once per epoch of them, until {@value #ASSEMBLIES} in all or a tenth of the time limit
 * (about 40 ms for 200 MNIST batches of 1024), after which the JIT has compiled batch assembly,
 * the order of examples and the float32 weights' copy-back here rather than during the first
 * epochs. Network A at batch 1024 in float32 on two threads, median of epochs 2-6: 18.2 ms
 * without it, 16.4 ms with it (8 alternating runs each); on one thread, and for network B, no
 * difference within the noise.
 */
final class WarmUp {

    /** System property: milliseconds of warm-up; 0 turns it off. */
    static final String MILLIS_PROPERTY = "deltanet.warm-up-ms";

    static final long DEFAULT_MILLIS = 1_000;
    static final int MAX_STEPS = 2_000;
    static final int EPOCHS = 3;
    /** Steps in a row that allocate nothing, after which the step counts as compiled. */
    static final int QUIET_STEPS = 3;

    static final long MAX_PARAMETERS = 1L << 22;

    /** Batches the warm-up assembles in all, counting those of its steps ({@link #rehearseAssembly}). */
    static final int ASSEMBLIES = 240;

    private WarmUp() {}

    /**
     * Warms up the steps {@code stepsFor} makes for a copy of {@code network}.
     *
     * @param stepsFor  the run's batches and step, built for the network given
     * @param listeners the run's listeners, told of the copy after each of the first {@value #EPOCHS}
     *                  epochs of the warm-up ({@link TrainingListener#onWarmUp})
     */
    static void run(Network network, Function<Network, EpochSteps> stepsFor, List<TrainingListener> listeners) {
        long millis = Long.getLong(MILLIS_PROPERTY, DEFAULT_MILLIS);
        if (millis <= 0 || network.parameterCount() > MAX_PARAMETERS) {
            return;
        }
        Network copy = network.copy();
        EpochSteps steps = stepsFor.apply(copy);
        OptimizerState state = new OptimizerState();
        StepStatistics statistics = new StepStatistics(copy.depth());
        long started = System.nanoTime();
        long deadline = started + millis * 1_000_000L;
        int count = steps.count();
        int least = (int) Math.min(MAX_STEPS, (long) EPOCHS * count);
        ThreadAllocations allocations = ThreadAllocations.ofCurrentThread();
        int quiet = 0;
        int rehearsed = 0;
        int done = 0;
        try {
            for (; done < MAX_STEPS && System.nanoTime() < deadline && !warm(done, least, allocations, quiet); done++) {
                long before = allocations.bytes();
                int step = done % count;
                if (step == 0) {
                    steps.startEpoch(1 + done / count);
                    statistics.clear();
                }
                steps.take(1 + done / count, step, state, statistics);
                quiet = allocations.bytes() == before ? quiet + 1 : 0;
                if (step == count - 1 && rehearsed < EPOCHS) {
                    rehearsed++;
                    rehearse(listeners, report(rehearsed, copy, state, statistics, started));
                }
            }
            if (rehearsed == 0) {
                rehearse(listeners, report(1, copy, state, statistics, started));
            }
            rehearseAssembly(steps, done, millis);
        } catch (RuntimeException failed) {
            // the run's own first steps meet the same failure and report it
        }
    }

    /**
     * Assembles batches after the {@code taken} steps until {@value #ASSEMBLIES} in all, for at
     * most a tenth of {@code millis}, with the order of examples and the settling of an epoch
     * before each epoch of them.
     */
    private static void rehearseAssembly(EpochSteps steps, int taken, long millis) {
        long deadline = System.nanoTime() + millis * 100_000L;
        int count = steps.count();
        for (int assembled = taken; assembled < ASSEMBLIES && System.nanoTime() < deadline; assembled++) {
            int step = assembled % count;
            if (step == 0) {
                steps.startEpoch(1 + assembled / count);
                steps.settle();
            }
            steps.assemble(step);
        }
    }

    private static void rehearse(List<TrainingListener> listeners, EpochReport rehearsal) {
        listeners.forEach(listener -> listener.onWarmUp(rehearsal));
    }

    /** The report of the warm-up's epoch {@code epoch}, as {@link TrainingListener#onWarmUp} describes it. */
    private static EpochReport report(
            int epoch, Network copy, OptimizerState state, StepStatistics statistics, long started) {
        return new EpochReport(
                epoch,
                EPOCHS,
                state.step(),
                statistics.metrics(),
                null,
                statistics.meanAbsDelta(copy),
                Double.NaN,
                Double.NaN,
                (System.nanoTime() - started) / 1e9,
                copy,
                state);
    }

    /**
     * Whether {@code done} steps are enough: at least {@code least}, the last {@value #QUIET_STEPS}
     * of them without allocating where the JVM counts allocations.
     */
    private static boolean warm(int done, int least, ThreadAllocations allocations, int quiet) {
        return done >= least && (!allocations.measurable() || quiet >= QUIET_STEPS);
    }
}
