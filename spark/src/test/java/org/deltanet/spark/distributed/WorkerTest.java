package org.deltanet.spark.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.deltanet.engine.data.ArrayDataset;
import org.deltanet.engine.math.Kernels;
import org.deltanet.engine.math.NamedKernels;
import org.deltanet.engine.regularize.Regularization;
import org.deltanet.spark.LocalSpark;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What one {@link Worker} sends the driver, in each precision: a float32 run's worker computes on
 * float copies of the broadcast parameters with the float kernels, so every gradient it sends,
 * divided by the rows it summed, is a float value; a float64 worker's is not. Distributed training
 * matches one float32 machine to 1e-6 either way ({@code DistributedTrainingTest}), which does not
 * tell the two apart. And the kernels it computes with: the driver's recorded ones.
 */
class WorkerTest {

    private static final int FEATURES = 4;
    private static final int CLASSES = 3;
    private static final int EXAMPLES = 40;
    private static final int BATCH = 16;
    /** The parameters of Iris's 4-8-3 network ({@link LocalSpark#iris}). */
    private static final int PARAMETERS = FEATURES * 8 + 8 + 8 * CLASSES + CLASSES;

    @Test
    void aFloat32WorkerSendsGradientsComputedInFloat() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] gradient = meanGradient(true, 1, seed);
            for (int i = 0; i < gradient.length; i++) {
                assertEquals((float) gradient[i], gradient[i], "seed " + seed + ", parameter " + i);
            }
        }
    }

    @Test
    void aFloat64WorkerSendsGradientsInDouble() {
        double[] gradient = meanGradient(false, 1, 1);
        assertTrue(
                IntStream.range(0, gradient.length).anyMatch(i -> (float) gradient[i] != gradient[i]),
                "every double gradient is a float value: the float32 test would prove nothing");
    }

    /** With sync-every above 1 the parameters it sends back are its float copies after its steps. */
    @Test
    void aFloat32WorkerTakingStepsOfItsOwnSendsFloatParameters() {
        double[] parameters = meanGradient(true, 3, 1);
        for (int i = 0; i < parameters.length; i++) {
            assertEquals((float) parameters[i], parameters[i], "parameter " + i);
        }
    }

    /**
     * One round of one mini-batch (sync every step) or three (sync every 3) on a worker whose shard
     * holds every one of some random examples (the experiment names two workers, the fewest it
     * accepts), from random parameters that are not float values; the vector sent divided
     * by the rows it covered.
     */
    private static double[] meanGradient(boolean float32, int syncEvery, long seed) {
        return meanGradient(float32, syncEvery, seed, List.of());
    }

    /**
     * A worker computes with the kernels the driver recorded, and never times its own: the same
     * mini-batch under a record naming the Java kernels and under one naming OpenBLAS ends in other
     * last bits (the two round these products differently), and each record gives the same bits
     * every time. A worker that timed, or took the process's shared choice, would give both records
     * one result.
     */
    @Test
    void aWorkerComputesWithTheRecordedKernels() {
        List<String> names =
                Kernels.best(1).candidates().stream().map(NamedKernels::name).toList();
        Assumptions.assumeTrue(names.contains("openblas"), "no OpenBLAS here, one candidate: " + names);
        String java = names.get(0);
        for (long seed = 1; seed <= 5; seed++) {
            double[] javaGradient = meanGradient(false, 1, seed, record(java));
            double[] blasGradient = meanGradient(false, 1, seed, record("openblas"));
            assertFalse(Arrays.equals(javaGradient, blasGradient), "seed " + seed);
            assertArrayEquals(javaGradient, meanGradient(false, 1, seed, record(java)), "seed " + seed);
            assertArrayEquals(blasGradient, meanGradient(false, 1, seed, record("openblas")), "seed " + seed);
        }
    }

    /** A driver's record naming {@code kernel} for each kind of product, as {@code kernels.txt} holds it. */
    private static List<String> record(String kernel) {
        return List.of(
                "forward 16x8x4: " + kernel + " (adopted, not timed)",
                "delta 16x8x3: " + kernel + " (adopted, not timed)",
                "gradient 3x8x16: " + kernel + " (adopted, not timed)");
    }

    /** As {@link #meanGradient(boolean, int, long)}, the driver having recorded {@code record}. */
    private static double[] meanGradient(boolean float32, int syncEvery, long seed, List<String> record) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] features = random.doubles(EXAMPLES * FEATURES, -2, 2).toArray();
        double[] targets = new double[EXAMPLES * CLASSES];
        for (int e = 0; e < EXAMPLES; e++) {
            targets[e * CLASSES + random.nextInt(CLASSES)] = 1;
        }
        Shard shard = Shard.split(new ArrayDataset(features, targets, FEATURES, CLASSES), 1)
                .get(0);
        WorkerSpec spec = new WorkerSpec(
                LocalSpark.iris(
                        1,
                        "distributed: { workers: 2, sync-every: " + syncEvery + " }",
                        float32 ? "precision: float32" : ""),
                FEATURES,
                CLASSES,
                EXAMPLES,
                BATCH,
                true,
                seed,
                1,
                syncEvery,
                Regularization.NONE,
                float32,
                record);
        Map<String, double[]> state = syncEvery > 1 ? Map.of() : null;
        RoundSum sum = shard.work(
                spec, new RoundInput(random.doubles(PARAMETERS, -1, 1).toArray(), 0, state, 1, 0, syncEvery));
        assertNull(sum.failure);
        double[] mean = sum.vector.clone();
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= sum.rows();
        }
        return mean;
    }
}
